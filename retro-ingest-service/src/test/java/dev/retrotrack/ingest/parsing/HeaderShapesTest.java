package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * Who, when, which epic and what comes next: title, front matter, date, facilitator, participants, the next epic, and
 * how headings are told apart.
 */
class HeaderShapesTest {

    @Test
    void readsYamlFrontMatterAndKeepsLineNumbersOfTheDocument() {
        Retro retro = parse("front-matter.md");

        assertThat(retro.epic().id()).isEqualTo("DM-12");
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.actionItems()).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("Write the post-mortem");
            assertThat(action.owner()).isEqualTo("Alice");
        });
    }

    @Test
    void doesNotCountTheNextEpicsStoriesAsThisEpics() {
        Retro retro = parse("next-epic.md");

        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points)
                .containsExactly(tuple("8.1", "CSV export", 3), tuple("8.2", "PDF export", 5));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("9", null, 6));
    }

    @Test
    void readsHeaderSentencesParticipantSectionsAndNotesAfterStatuses() {
        Retro retro = parse("header-sentences-and-people.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("5", "Ledger Sync"));
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Priya", "Omar", "Lena");
        assertThat(retro.delivery().testsAdded()).isEqualTo(52);
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::status)
                .containsExactly(tuple("Drop the v1 ledger endpoint", ItemStatus.DONE),
                        tuple("Batch size is hard-coded", ItemStatus.OPEN));
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status)
                .containsExactly(tuple("Nightly reconciliation job", ItemStatus.DONE),
                        tuple("Shadow-write to the new ledger", ItemStatus.DROPPED));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("6", "multi-currency ledgers", 4));
    }

    @Test
    void readsTheParticipantsSectionWhenTheHeaderDoesNotNameThem() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 2 Retrospective

                ## Attendees

                - Bob (Scrum Master) — facilitator
                - Alice (Product Owner)
                - Charlie (Senior Dev)
                """);

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Charlie");
    }

    @Test
    void readsTheNextEpicFromTheLineThatOpensItsSection() {
        assertThat(parse("next-epic-opening-line.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("10", "Audit Trail Export", 3));
    }

    @Test
    void readsTheDateInTheTitleTheTeamPresentAndAFacilitatorNamedOnlyInTheFooter() {
        Retro retro = parse("header-dated-title-and-footer.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("INV-30", "Invoice Export"));
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(retro.facilitator()).isEqualTo("Sam");
        assertThat(retro.participants()).containsExactly("Priya", "Omar", "Lena");
    }

    @Test
    void keepsTheDateFieldOverADateInTheTitle() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 8 Retro — Search Filters (2026-01-09)

                **Date:** 2026-01-12
                """);

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("8", "Search Filters"));
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void readsTheNextEpicKeyAndTitleFromItsHeadingAndCountsItsStoryTableRows() {
        Retro retro = parse("next-epic-story-table.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("INV-31", "Payment Reminders", 3));
        assertThat(retro.stories()).isEmpty();
    }

    @Test
    void readsTheNextEpicTitleInBracketsAfterItsName() {
        assertThat(parse("next-epic-bracketed-title.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("31", "Payment Reminders", 7));
    }

    @Test
    void readsTheNextEpicNamedWithAColonInASentenceUnderABareNextHeading() {
        assertThat(parse("next-epic-in-prose.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("PAY-32", "Instalment Plans", 4));
        assertThat(parse("next-epic-prose-bracketed.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("32", "Instalment Plans", 4));
    }

    @Test
    void countsTheNextEpicsStoriesFromAKeyRangeOrAnIntroducedList() {
        assertThat(parse("next-epic-story-range.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("32", "Instalment Plans", 6));
        Retro listed = parse("next-epic-planned-list.md");
        assertThat(listed.nextEpic()).isEqualTo(new Retro.NextEpic("PAY-32", "Instalment Plans", 3));
        assertThat(listed.stories()).isEmpty();
    }

    @Test
    void readsAHeaderLineOfDotSeparatedPartsWithABareDateAndRolesHoldingCommas() {
        Retro retro = parse("header-parts-line.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("31", "payment reminders"));
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(retro.facilitator()).isEqualTo("Sam");
        assertThat(retro.participants()).containsExactly("Priya", "Omar", "Lena");
    }

    @Test
    void readsPeopleSeparatedByDotsTakesTheOneFacilitatingAsFacilitatorAndDropsRetrospectiveFromTheTitle() {
        Retro retro = parse("header-who-with-dots.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("PAY-31", "Payment Reminders"));
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(retro.facilitator()).isEqualTo("Sam");
        assertThat(retro.participants()).containsExactly("Priya", "Omar", "Lena");
    }

    @Test
    void splitsAnEpicValueIntoAKeyWithLettersAndTheTitleAfterIt() {
        assertThat(parse("metrics-sprint-report-line.md").epic())
                .isEqualTo(new Retro.EpicRef("IRR-180", "Irrigation Scheduling"));
        assertThat(parse("epic-key-then-title-property.md").epic())
                .isEqualTo(new Retro.EpicRef("E11", "Offline Lesson Downloads"));
    }

    @Test
    void readsTheNextEpicFromALineOpeningWithItsKeyAndTitle() {
        assertThat(parse("next-epic-key-line.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("E12", "Speaking Practice", 6));
        assertThat(parse("next-epic-bold-key-line-under-coming-up.md").nextEpic())
                .isEqualTo(new Retro.NextEpic("IRR-210", "Water Budget Reporting", 4));
    }

    @Test
    void prefersAParticipantsRowToATeamRowAndTakesTheOneMarkedFacilitatorFromIt() {
        Retro retro = parse("header-team-row-then-participants-row.md");

        assertThat(retro.facilitator()).isEqualTo("Priya Natarajan");
        assertThat(retro.participants()).containsExactly("Marek Nowak", "Hannah Cole");
    }

    @Test
    void readsTheFacilitatorFromASentenceNamingWhoFacilitated() {
        Retro retro = parse("header-name-facilitated-sentence.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Charlie", "Dana");
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void classifiesAHeadingByTheWordsBeforeItsColonSoATitleAfterItCannotVetoIt() {
        Retro retro = parse("next-epic-heading-subject-after-colon.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("10", "route risk scoring", 6));
        assertThat(SectionKind.classify("risks for the next epic: weather")).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void readsWhoWasInTheRoomAsParticipantsKeepingARoleWithACommaWhole() {
        Retro retro = parse("header-who-was-in-the-room.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Priya");
    }

    @Test
    void readsTheRetrospectiveHeldRowAsTheDateAndAnAllDeliveredFigureAsPlannedAndDone() {
        Retro retro = parse("header-retrospective-held-row-and-all-delivered.md");

        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(retro.delivery().pointsPlanned()).isEqualTo(23);
        assertThat(retro.delivery().pointsCompleted()).isEqualTo(23);
    }

    @Test
    void readsStoryCountsWrittenAsWordsInProseAndALowerCaseNextEpicTitleAfterADash() {
        Retro retro = parse("metrics-prose-number-words-and-next-epic-lower-case.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(7, 6, 30, 27, null));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("8", "tidal and pilotage constraints", 4));
    }

    @Test
    void titlesTheNextEpicNamedInTheHeadingFromTheLineBelowAndCountsItsKeyedStoryList() {
        Retro retro = parse("next-epic-titled-below-a-heading-and-story-key-lists.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("12", "Fee Waiver Requests", 3));
        assertThat(retro.stories()).isEmpty();
    }

    @Test
    void countsAnEpicSubHeadingsBulletStoryListButNotOtherLists() {
        Retro retro = parse("next-epic-sub-heading-with-a-bullet-story-list.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("7", "Leading-Edge Erosion Forecasting", 4));
    }

    @Test
    void readsPointsOfTheTotalAndTheNextEpicNamedInAHeadingsBracket() {
        Retro retro = parse("metrics-and-next-epic-in-a-heading-bracket.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 8, 34, 34, 112));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("9", "Special Meal Tracking", 5));
    }

    @Test
    void takesTheRetrospectivesCompletionAsItsDateOverTheEpicsAndReadsPointsBeforeTheirVerbs() {
        Retro retro = parse("header-epic-completed-and-retrospective-completed.md");

        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 6, 30, 28, null));
    }

    @Test
    void readsSentencesWrappedOverSeveralLinesInTheHeaderInListEntriesAndInTheNextEpic() {
        Retro retro = parse("sentences-wrapped-over-several-lines.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Charlie", "Dana", "Tomás");
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(7, 6, 34, 29, 112));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("6", "Digital Certificates", 3));
    }

    @Test
    void readsNumberedPeopleAndNextHeadingsAsTheirUnnumberedWords() {
        Retro retro = parse("headings-numbered-people-and-next.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Kwame");
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("10", "Tier Benefits", 3));
    }

    @Test
    void readsHeaderFactsOnLinesOfTheirOwnApartWhenNoSentenceGoesOn() {
        Retro retro = parse("header-facts-on-lines-of-their-own.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void takesNoNextEpicTitleFromASentenceNorAnIdFromATargetNorACountFromAnotherFigure() {
        Retro retro = parse("next-epic-false-friends.md");

        assertThat(retro.nextEpic()).isNull();
    }

    @Test
    void readsTheNextEpicsSubHeadingWhateverItsWordsWithTheListUnderItAndWhereAreTheyAsFollowThrough() {
        Retro retro = parse("next-epic-sub-heading-words-and-a-plain-story-list.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("5", "Site Delivery Logistics", 3));
        assertThat(retro.stories()).isEmpty();
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 6, 27, 27, 103));
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title)
                .containsExactly("Get PCI scope confirmed");
        assertThat(retro.actionItems()).isEmpty();
    }

    @Test
    void readsANextEpicTitleWrappedOntoTheNextLineUpToItsFullStop() {
        Retro retro = parse("next-epic-title-wrapped-onto-the-next-line.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("7", "group lesson bundles at the rental desk", 3));
    }

    /** Set 29's first run: a numbered list right under "Next Epic: Epic 5 — …" is that epic's stories. */
    @Test
    void countsTheListRightUnderANextEpicHeadingThatNamesTheEpicButNotALabelledList() {
        Retro listed = RetroMarkdownParser.parse("""
                # Epic 4 Retrospective: Allotments

                ## 🔭 Next Epic: Epic 5 — Plot Inspections and Notices

                1. Inspection visit scheduling per site
                2. Cultivation scoring on a phone
                3. Non-cultivation notice letters

                **Readiness:** the checklist comes to planning.
                """);
        Retro labelled = RetroMarkdownParser.parse("""
                # Epic 4 Retrospective: Allotments

                ## Next Epic: Epic 5 — Plot Inspections

                - Dependencies: the council's calendar service
                - Goal: notices go out on time
                """);

        assertThat(listed.nextEpic()).isEqualTo(new Retro.NextEpic("5", "Plot Inspections and Notices", 3));
        assertThat(labelled.nextEpic()).isEqualTo(new Retro.NextEpic("5", "Plot Inspections", null));
    }

    /** Review finding: only an epic a sentence opens with is taken for the next epic, never this retro's own. */
    @Test
    void takesTheNextEpicFromASentenceOpeningWithItButNotFromAnEpicNamedInPassing() {
        Retro opening = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Next Epic Preview

                Before anything new we finish what is left over from Epic 4. Epic 6 plans 4 stories.
                """);
        Retro inPassing = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Next Epic Preview

                Before anything new we finish the two stories left over from Epic 4.
                **Disputes and Chargebacks** — like epic 3, it needs a vendor sandbox.
                """);
        Retro ownEpic = RetroMarkdownParser.parse("""
                ---
                epic: PAY-5
                ---
                # Payments Retrospective

                ## Looking Ahead

                Epic 5 left two stories open; we finish them first.
                """);

        assertThat(opening.nextEpic()).isEqualTo(new Retro.NextEpic("6", null, 4));
        assertThat(inPassing.nextEpic()).isNull();
        assertThat(ownEpic.nextEpic()).isNull();
    }

    /** Review finding: a list entry after a next epic's title line is no part of its title. */
    @Test
    void endsANextEpicTitleAtItsParagraphWhenALowerCaseEntryFollows() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Next Epic

                **Epic 6: Disputes**

                - dispute intake form
                - evidence upload

                Epic 6 scope is still being negotiated with finance.
                """);

        assertThat(retro.nextEpic().id()).isEqualTo("6");
        assertThat(retro.nextEpic().title()).isEqualTo("Disputes");
    }

    /** Review finding: a full stop after a planned-stories count ends the sentence, it is no decimal point. */
    @Test
    void readsAPlannedStoriesLabelAtTheEndOfASentence() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Next Epic

                Epic 6 — Disputes. Planned stories: 4.
                """);

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("6", "Disputes", 4));
    }

    /**
     * Set 32's first run: "Epic 8 is …" names the next epic; a readiness list under "Readiness for Epic 8" is no story
     * list.
     */
    @Test
    void readsTheNextEpicsNameFromAnIsSentenceAndCountsNoReadinessListAsItsStories() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Taxi Meters

                ## 7. Readiness for Epic 8

                - Tablet run sheet and certificates are in production.
                - The council web team still has to decide where the page is hosted.

                ## 9. Next Epic Preview

                Epic 8 is Roadside Verification and Renewals. Three stories are planned: the QR page, renewal
                reminders, and a suspension flag.
                """);
        Retro about = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Taxi Meters

                ## Next Epic Preview

                Epic 8 is about roadside checks. Three stories are planned.
                """);

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("8", "Roadside Verification and Renewals", 3));
        assertThat(about.nextEpic()).isEqualTo(new Retro.NextEpic("8", null, 3));
    }

    /** Second review: the list under any heading naming the next epic is its stories; not under one about readiness. */
    @Test
    void countsTheListUnderAHeadingNamingTheNextEpicHoweverItIsWrittenButNotUnderAReadinessHeading() {
        String stories = "\n\n- Offline ticket validation\n- Inspector handheld sync\n- Renewal reminders by SMS\n"
                + "- Fine appeal form\n";
        for (String heading : new String[] {"## Next Epic: Epic 8", "## Next Epic: Epic 8 (Roadside Verification)",
                "## Looking Ahead to Epic 8", "## Up Next — Epic 8: 2FA for Inspectors",
                "## Next Epic Readiness — Epic 8: Roadside Verification"}) {
            Retro retro = RetroMarkdownParser.parse("# Epic 7 Retrospective: Fare Engine\n\n" + heading + stories);
            assertThat(retro.nextEpic().plannedStories()).as(heading).isEqualTo(4);
        }
        Retro readiness = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Readiness for Epic 8 — Open Dependencies

                - Vendor contract signed off by legal
                - Test devices ordered for inspectors
                - Staging data refreshed
                """);
        assertThat(readiness.nextEpic()).isEqualTo(new Retro.NextEpic("8", null, null));
    }

    /** Set 37's first run: a sentence between the heading titling the next epic and its numbered stories. */
    @Test
    void countsTheNextEpicsListAfterASentenceButNotAListIntroducedAsSomethingElse() {
        Retro sentence = RetroMarkdownParser.parse("""
                # Epic 4 Retrospective: Regatta Scoring

                ## 🚀 Next Epic Preview: Epic 5 — Entry and Crew Management

                Alice (Product Owner): "Next up is entries. Clubs still take them by e-mail."

                1. Online entry form with sail number validation
                2. Crew list per race with substitutions
                3. Entry fee payment and refunds
                """);
        Retro risks = RetroMarkdownParser.parse("""
                # Epic 4 Retrospective: Regatta Scoring

                ## Next Epic Preview: Epic 5 — Entry and Crew Management

                Risks we see:

                - the club e-mail habit
                - payment provider onboarding
                """);

        assertThat(sentence.nextEpic()).isEqualTo(new Retro.NextEpic("5", "Entry and Crew Management", 3));
        assertThat(risks.nextEpic()).isEqualTo(new Retro.NextEpic("5", "Entry and Crew Management", null));
    }

    /** Set 38's first run: "Epic 3 - Bridal Fitting Schedule." titles the next epic with a spaced hyphen. */
    @Test
    void readsANextEpicTitledAfterASpacedHyphenButNoKeyBeforeOne() {
        Retro hyphen = RetroMarkdownParser.parse("""
                # Epic 2 Retrospective: Alterations

                ## Next epic

                Epic 3 - Bridal Fitting Schedule. Stories planned:
                - 3.1 Multi-fitting appointment series
                - 3.2 Dress measurement history
                """);
        Retro quarter = RetroMarkdownParser.parse("""
                # Epic 2 Retrospective: Alterations

                ## Next epic

                Q3 - capacity review with the shop owners.
                """);

        assertThat(hyphen.nextEpic()).isEqualTo(new Retro.NextEpic("3", "Bridal Fitting Schedule", 2));
        assertThat(quarter.nextEpic()).isNull();
    }

    /** Second review: "Epic N is …" names the next epic only with a name in title case, never this retro's own. */
    @Test
    void readsANameAfterEpicIsOnlyWhenItIsANameOfTheNextEpic() {
        String[][] cases = {
                {"Epic 7 is QA-complete and in production. Epic 8 is Roadside Verification.", "Roadside Verification"},
                {"Epic 8 is Roadside Verification, which starts on Monday.", "Roadside Verification"},
                {"Epic 8 is TBD — product is still choosing.", null},
                {"Epic 8 is GDPR-heavy, so legal sign-off gates the first sprint.", null},
                {"Epic 8 is Blocked by the vendor contract until March.", null},
                {"Epic 8 is I think the riskiest one yet.", null}};
        for (String[] sentenceAndTitle : cases) {
            Retro retro = RetroMarkdownParser.parse("# Epic 7 Retrospective: Fare Engine\n\n## Looking Ahead\n\n"
                    + sentenceAndTitle[0] + "\n");
            assertThat(retro.nextEpic()).as(sentenceAndTitle[0])
                    .isEqualTo(new Retro.NextEpic("8", sentenceAndTitle[1], null));
        }
    }

    /** Set 39's first run: "Epic 9 Preview: Automated Defect Detection" names the epic before the colon. */
    @Test
    void readsTheNextEpicsTitleAfterTheColonOfAHeadingNamingItBefore() {
        Retro titled = RetroMarkdownParser.parse(
                "# Epic 8 Retrospective: Sewer Survey\n\n## Epic 9 Preview: Automated Defect Detection\n\nSoon.\n");
        Retro readiness = RetroMarkdownParser.parse(
                "# Epic 8 Retrospective: Sewer Survey\n\n## Epic 9 Preview: Open Dependencies\n\nSoon.\n");

        assertThat(titled.nextEpic()).isEqualTo(new Retro.NextEpic("9", "Automated Defect Detection", null));
        assertThat(readiness.nextEpic()).isEqualTo(new Retro.NextEpic("9", null, null));
    }

    /** Sets 41 and 42's first runs: "Looking ahead: Epic 4 — …" and story keys listed inline after a label. */
    @Test
    void readsTheNextEpicAfterALookingAheadLabelAndCountsItsStoryKeysListedInline() {
        Retro ahead = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Ice-Cream Vans

                ## Next Epic

                Looking ahead: Epic 4 — Winter Events Bookings. Three stories are planned: a booking form, a calendar
                and deposit invoices.
                """);
        Retro inline = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Porters

                ## NEXT EPIC

                Epic 4: Equipment Tracking for Beds and Wheelchairs. Planned stories: 4.1 equipment tags, 4.2 last-seen
                location, 4.3 porter pickup of returned equipment.
                """);
        Retro lowerCase = RetroMarkdownParser.parse(
                "# epic 8 retrospective: sewer survey\n\n## epic 9 preview: automated defect detection\n\nSoon.\n");

        assertThat(ahead.nextEpic()).isEqualTo(new Retro.NextEpic("4", "Winter Events Bookings", 3));
        assertThat(inline.nextEpic()).isEqualTo(
                new Retro.NextEpic("4", "Equipment Tracking for Beds and Wheelchairs", 3));
        assertThat(lowerCase.nextEpic()).isEqualTo(new Retro.NextEpic("9", "automated defect detection", null));
    }

    /** Third review: inline story keys end with their sentence; "Next up: Q3 — …" names no epic. */
    @Test
    void countsInlineStoryKeysOnlyInTheirSentenceAndTakesNoKeyAfterNextUpForAnEpic() {
        Retro keys = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Fares

                ## Next epic preview

                Epic 4 — Winter Events. Planned stories: 4.1 ticketing, 4.2 seating.
                4.2 depends on 3.5 landing; 4.3 and 4.4 are stretch ideas only.
                """);
        Retro quarter = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Fares

                ## Next epic preview

                Next up: Q3 — planning the roadmap with product.
                """);
        Retro notGroomed = RetroMarkdownParser.parse(
                "# epic 3 retrospective: fares\n\n## epic 4 preview: not yet groomed\n\nSoon.\n");

        assertThat(keys.nextEpic()).isEqualTo(new Retro.NextEpic("4", "Winter Events", 2));
        assertThat(quarter.nextEpic()).isNull();
        assertThat(notGroomed.nextEpic()).isEqualTo(new Retro.NextEpic("4", null, null));
    }

    @Test
    void endsTheParticipantsWhereAClauseAboutThemStarts() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 11 Retro: Renewal Fees

                Facilitated by Bob (Scrum Master). In the room: sungp (Lead), Alice (Product Owner), Dana (QA) \
                and Björn (Paralegal), who joined from the renewals desk for the whole epic.
                """);

        // A user name with its role is a name, lower case or not.
        assertThat(retro.participants()).containsExactly("sungp", "Alice", "Dana", "Björn");
        assertThat(retro.facilitator()).isEqualTo("Bob");
    }

    @Test
    void readsTheNextEpicFromANextUpSentenceAndDropsAnIsNextClosingItsTitle() {
        Retro nextUp = RetroMarkdownParser.parse("""
                # Epic 5 Retro: Carcass Grading

                ## NEXT EPIC

                Next up is Epic 6 — Grade Disputes and Farmer Payments, with four stories planned: the dispute flag
                moved from 5.4, the review queue, payment calculation, and the payment advice.
                """);
        Retro isNext = RetroMarkdownParser.parse("""
                # Epic 2 Retro: Roofing Quotes

                ## Impact on Next Epic

                Epic 3: Scaffold and Access Pricing is next. Most changed quotes were changed because of scaffolding.
                """);

        assertThat(nextUp.nextEpic()).isEqualTo(new Retro.NextEpic("6", "Grade Disputes and Farmer Payments", 4));
        assertThat(isNext.nextEpic()).isEqualTo(new Retro.NextEpic("3", "Scaffold and Access Pricing", null));
    }

    @Test
    void joinsANextEpicTitleHardWrappedAfterAWordThatNeverEndsASentence() {
        Retro wrapped = RetroMarkdownParser.parse("""
                # Epic 7 Retro: Permit Checks

                ## Next Epic

                Epic 8 is Roadside Verification and
                Renewals. Three stories are planned.
                """);
        Retro twoSentences = RetroMarkdownParser.parse("""
                # Epic 7 Retro: Permit Checks

                ## Next Epic

                Epic 8 is Roadside Verification
                Renewals come after it.
                """);

        Retro wrappedBeforeAComma = RetroMarkdownParser.parse("""
                # Epic 5 Retro: Carcass Grading

                ## NEXT EPIC

                Next up is Epic 6 — Grade Disputes and Farmer
                Payments, with four stories planned.
                """);
        Retro storiesOnTheNextLine = RetroMarkdownParser.parse("""
                # Epic 5 Retro: Carcass Grading

                ## NEXT EPIC

                Epic 6 — Grade Disputes
                Six stories planned.
                """);

        assertThat(wrapped.nextEpic().title()).isEqualTo("Roadside Verification and Renewals");
        assertThat(wrappedBeforeAComma.nextEpic().title()).isEqualTo("Grade Disputes and Farmer Payments");
        assertThat(storiesOnTheNextLine.nextEpic()).isEqualTo(new Retro.NextEpic("6", "Grade Disputes", 6));
        // A line break before a capital after an ordinary word may end a title written without its full stop.
        assertThat(twoSentences.nextEpic().title()).isEqualTo("Roadside Verification");
    }

    @Test
    void keepsLowerCaseNamesAmongTheParticipants() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                **Participants:** Alice, van der Merwe (QA), ana maria lopez, Bob
                """);

        assertThat(retro.participants()).containsExactly("Alice", "van der Merwe", "ana maria lopez", "Bob");
    }

    @Test
    void keepsANextEpicTitleWithACommaAndOneThatEndsInIsNext() {
        Retro commas = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Next Epic

                Next up: Epic 5 — Billing, invoices and credit notes. Four stories planned.
                """);
        Retro whoIsNext = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Next Epic

                Epic 5: Who Is Next. A queue display for the waiting room.
                """);

        Retro colonThenClause = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## Next Epic

                Next up is Epic 4: Season Averages and Club Trophies, with three stories planned — the season average.
                """);

        assertThat(commas.nextEpic().title()).isEqualTo("Billing, invoices and credit notes");
        Retro planned = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## Next Epic

                Next up is **Epic 4: Capacity, planned vs actual**. Five stories.
                """);

        assertThat(colonThenClause.nextEpic().title()).isEqualTo("Season Averages and Club Trophies");
        Retro plannedFor = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Next epic

                Next up is Epic 7: Fare Disputes, planned for Q3.
                """);

        assertThat(planned.nextEpic().title()).isEqualTo("Capacity, planned vs actual");
        assertThat(plannedFor.nextEpic().title()).isEqualTo("Fare Disputes");
        assertThat(whoIsNext.nextEpic().title()).isEqualTo("Who Is Next");
    }
}
