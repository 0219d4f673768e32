package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * Delivery figures (metric tables, labelled bullets, prose) and this epic's stories with their points and statuses.
 */
class DeliveryShapesTest {

    @Test
    void readsMetricTablesAndWarnsAboutApproximateNumbers() {
        Retro retro = parse("metrics-table.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 7, 40, 34, 15));
        assertThat(retro.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.message()).contains("approximate").contains("15+");
        });
    }

    @Test
    void readsMetricBulletsWithFractions() {
        Retro retro = parse("metrics-bullets.md");

        // Every planned story done (3/3): the 13 points delivered were the points planned too.
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(3, 3, 13, 13, 40));
    }

    @Test
    void readsFiguresWrittenInProse() {
        Retro retro = parse("metrics-prose.md");

        // "delivered … across 8 stories (29 story points)": 29 points delivered as well as planned
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 8, 29, 29, 127));
    }

    /** Found while merging the speed-ups: a count beyond an int failed the whole parse ("could not be fully read"). */
    @Test
    void aTestCountTooLargeForANumberIsLeftUnknownNotAFailedParse() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Search

                ## Notes

                We added 12345678901 tests. Tests: +99999999999 unit, +99999999999 integration.
                Also 9,999,999,999 new tests and 3,000,000,000 UI tests, 3,000,000,000 unit tests.
                """);

        assertThat(retro.delivery().testsAdded()).isNull();
        assertThat(retro.warnings()).extracting(Retro.ParseWarning::message)
                .noneMatch(message -> message.contains(RetroMarkdownParser.UNREADABLE));
        assertThat(retro.epic().id()).isEqualTo("3");
    }

    @Test
    void readsStoryStatusesFromAnOutcomeColumnAndEntriesWithAnyMarker() {
        Retro retro = parse("stories-outcome-and-markers.md");

        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points,
                        Retro.Story::status)
                .containsExactly(tuple("INV-30.1", "CSV writer", 3, ItemStatus.DONE),
                        tuple("INV-30.2", "PDF summary page", 5, ItemStatus.DEFERRED),
                        tuple("INV-30.3", "Export preview", 2, ItemStatus.DEFERRED),
                        tuple("INV-30.4", "Scheduled exports", 5, ItemStatus.DONE),
                        tuple("INV-30.5", "Export audit log", 3, null));
    }

    @Test
    void readsPlainLabelledBulletsInAMetricsSectionAsFigures() {
        Retro retro = parse("metrics-plain-bullets.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 5, 26, 21, 44));
        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("30", "Invoice Export"));
    }

    @Test
    void readsCommittedAndCompletedStoriesPointsAndNewTestsFromProse() {
        Retro retro = parse("metrics-prose-of-them.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(9, 8, 40, 35, 27));
    }

    @Test
    void readsStoryBulletsOpeningWithABoldKeyAndStoryKeysInANumberColumn() {
        Retro retro = parse("stories-bold-keys-and-number-column.md");

        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points,
                        Retro.Story::status)
                .containsExactly(tuple("31.1", "Reminder schedule editor", 3, ItemStatus.DONE),
                        tuple("31.2", "Email reminder template", 2, ItemStatus.DONE),
                        tuple("31.3", "SMS reminders", 5, null),
                        tuple("31.4", "Reminder opt-out link", 2, ItemStatus.DONE),
                        tuple("31.5", "Dunning escalation", 5, ItemStatus.BLOCKED),
                        tuple(null, "Reminder audit trail", 3, ItemStatus.OPEN));
    }

    @Test
    void readsPlainFiguresUnderAtAGlanceAndPointsAbbreviatedAsPtsInProse() {
        assertThat(parse("metrics-glance-and-abbreviated-points.md").delivery())
                .isEqualTo(new Retro.Delivery(5, 4, 18, 15, 37));
        assertThat(parse("metrics-prose-abbreviated-points.md").delivery())
                .isEqualTo(new Retro.Delivery(5, 4, 18, 15, 37));
    }

    @Test
    void readsAStatusWrittenAfterThePointsOfANumberedBoldStoryLine() {
        assertThat(parse("stories-numbered-bold-status-after-points.md").stories()).containsExactly(
                new Retro.Story("3.1", "Barcode labels at the draw station", 5, ItemStatus.DONE),
                new Retro.Story("3.2", "Courier hand-off scanning", 3, ItemStatus.IN_PROGRESS),
                new Retro.Story("3.3", "Label reprint (for torn tubes)", 2, null));
    }

    @Test
    void readsAStoryTableIndentedUnderAFlattenedToggleBullet() {
        assertThat(parse("stories-table-in-flattened-toggle.md").stories()).containsExactly(
                new Retro.Story("11.1", "Download manager (queue, pause, resume)", 8, ItemStatus.DONE),
                new Retro.Story("11.9", "Download over cellular for premium", 6, ItemStatus.DEFERRED));
    }

    @Test
    void readsAStoryChecklistWithIssueNumbersBarePointsAndAStatusAfterAnArrow() {
        assertThat(parse("stories-checklist-with-issue-numbers.md").stories()).containsExactly(
                new Retro.Story("5.1", "HMAC signing of outgoing webhooks", 5, ItemStatus.DONE),
                new Retro.Story("5.4", "Replay window config", 3, ItemStatus.DEFERRED),
                new Retro.Story("5.6", "Signature header docs (for partners)", null, ItemStatus.OPEN));
    }

    @Test
    void readsPointsPlannedAndDeliveredFromTheVerbsBeforeThem() {
        assertThat(parse("metrics-prose-planned-and-delivered-stories-for-points.md").delivery())
                .isEqualTo(new Retro.Delivery(7, 6, 34, 29, null));
        assertThat(parse("metrics-sprint-report-line.md").delivery())
                .isEqualTo(new Retro.Delivery(5, 3, 26, 16, 27));
    }

    @Test
    void readsAFigureInASentenceWrappedOntoTheNextLineAndAnAllDoneTotalAsPlannedToo() {
        assertThat(parse("metrics-prose-wrapped-sentence-and-all-done-total.md").delivery())
                .isEqualTo(new Retro.Delivery(8, 8, 34, 34, 112));
    }

    @Test
    void readsTwoFiguresInTheOrderTheLabelNamesThem() {
        Retro.Delivery delivery = parse("metrics-table-order-named-in-label.md").delivery();

        assertThat(delivery.storiesPlanned()).isEqualTo(7);
        assertThat(delivery.storiesCompleted()).isEqualTo(6);
        assertThat(delivery.pointsPlanned()).isEqualTo(38);
        assertThat(delivery.pointsCompleted()).isEqualTo(33);
    }

    @Test
    void takesABarePointsFigureAsDoneTooOnlyWhenEveryPlannedStoryWasDone() {
        Retro allDone = parse("metrics-all-stories-done-and-bare-points.md");
        Retro someOpen = parse("metrics-some-stories-open-and-bare-points.md");

        assertThat(allDone.delivery()).isEqualTo(new Retro.Delivery(8, 8, 41, 41, null));
        assertThat(someOpen.delivery()).isEqualTo(new Retro.Delivery(6, 5, 34, null, null));
    }

    @Test
    void readsAFigureSentenceThatGoesOnOntoTheNextLine() {
        Retro retro = parse("metrics-prose-sentences-across-lines.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(7, 6, 34, 29, null));
    }

    @Test
    void readsFinishingAllOfThePlannedStoriesAsEveryStoryDone() {
        Retro retro = parse("metrics-prose-finished-all-of-them.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(7, 7, 34, 34, null));
    }

    @Test
    void dropsAnEmojiClosingTheTitleAndReadsPointsOutOfAPlanAndAnApproximateTestCount() {
        Retro retro = parse("title-trailing-emoji-and-approximate-figures.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("2", "Hive Weight Telemetry"));
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 6, 34, 34, 120));
    }

    @Test
    void readsProseFiguresAcrossANoBreakSpace() {
        Retro retro = parse("metrics-prose-no-break-space.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 8, 34, 34, null));
    }

    @Test
    void takesNeitherPlannedFeaturesAsPointsNorActionItemsAsStories() {
        Retro retro = parse("metrics-prose-false-friends.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(2, null, null, 21, null));
    }

    @Test
    void readsAStatusAfterAStorysPointsAndAStatusWhoseNoteOpensWithAPreposition() {
        Retro retro = parse("stories-points-then-status-and-status-before-a-preposition.md");

        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points,
                        Retro.Story::status)
                .containsExactly(tuple("8.1", "Ice sheet calendar per rink", 5, ItemStatus.DONE),
                        tuple("8.2", "Club booking requests", 3, ItemStatus.DEFERRED));
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Member survey about late-cancel fees", ItemStatus.DEFERRED,
                                "to Q1 by the marketing team"),
                        tuple("Load test the booking API", ItemStatus.DONE, "600 bookings a minute"),
                        tuple("Add retries — open questions remain", null, null));
    }

    @Test
    void readsADeferralBesideACrossPointsAfterACommaAndAPlannedStoriesLabel() {
        Retro retro = parse("stories-cross-with-a-deferral-and-points-after-a-comma.md");

        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::status)
                .containsExactly(tuple("2.1", ItemStatus.DONE), tuple("2.5", ItemStatus.DEFERRED));
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(2, 2, 24, 24, 47));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("4", "Tuner Invoicing", 4));
    }

    /** Set 28's first run: a dash between the stories done and their points hid the points (the gap was warned). */
    @Test
    void readsTheStoriesDoneAndTheirPointsAcrossADash() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 8 Retro: Online Juror Responses

                ## Summary

                All 6 stories completed — 27 points, the same as we committed — and we added 48 automated tests.
                """);

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 6, 27, 27, 48));
        assertThat(retro.warnings()).isEmpty();
    }

    @Test
    void takesNoPointsFigureFromADashFollowedByOtherPoints() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 8 Retro: Online Juror Responses

                ## Summary

                All 6 stories completed — 3 points of debt remain open.
                """);

        assertThat(retro.delivery().storiesCompleted()).isEqualTo(6);
        assertThat(retro.delivery().pointsCompleted()).isNull();
        assertThat(retro.delivery().pointsPlanned()).isNull();
    }

    /** Set 35's first run: "28 points out of 28" with no "planned" after it. */
    @Test
    void readsPointsOutOfATotalThatNothingButPunctuationFollows() {
        Retro done = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Lifeguard Rosters

                ## Summary

                All 6 stories completed, 28 points out of 28 — the first epic this year where nothing slipped.
                """);
        Retro other = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Lifeguard Rosters

                ## Summary

                We spent 5 points out of 8 stories on bug fixes.
                """);

        assertThat(done.delivery()).isEqualTo(new Retro.Delivery(6, 6, 28, 28, null));
        assertThat(other.delivery().pointsCompleted()).isNull();
        assertThat(other.delivery().pointsPlanned()).isNull();
    }

    /** Second review: "N points out of M" without a word saying the work was done is a share, not a delivery. */
    @Test
    void readsPointsOutOfATotalOnlyWhereTheSentenceSaysTheWorkWasDone() {
        Retro share = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Summary

                We closed 6 of 7 stories. Tech debt took 6 points out of 30.
                """);
        Retro delivered = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Summary

                We closed 6 of 7 stories, 28 pts delivered out of 30 — one story slipped.
                """);

        assertThat(share.delivery().pointsCompleted()).isNull();
        assertThat(delivered.delivery().pointsCompleted()).isEqualTo(28);
        assertThat(delivered.delivery().pointsPlanned()).isEqualTo(30);
    }

    /** Set 41's first run: "adding 48 tests along the way". */
    @Test
    void readsTestsAddedWrittenAsAdding() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Typeface Licensing

                ## Summary

                The team completed all 6 stories, 31 points, adding 48 tests along the way.
                """);

        assertThat(retro.delivery().testsAdded()).isEqualTo(48);
    }

    /** Third review: "adding" counts tests added only in a clause after a comma, never as a habit or an intent. */
    @Test
    void takesNoTestsAddedFromAHabitOrAnIntent() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Fares

                ## What didn't go well

                We kept adding 15 flaky tests to the quarantine list every week. Instead of adding 40 more tests, we
                refactored the fixtures.
                """);

        assertThat(retro.delivery().testsAdded()).isNull();
    }

    @Test
    void readsAKeyedStoryListAfterAParagraphAboutTheStoriesUnderAnyHeading() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retro: Lesson Booking

                ## how it went

                Short version: all 3 stories completed, 13 of 13 points.

                - 3.1 Pupil self-booking from the app — 5 pts — done
                - 3.2 Instructor diary — 5 pts — done
                - 3.3 Test-date watch list — 3 pts — done

                ## lessons

                The stories taught us two things.

                - 3.2 was harder than it looked
                - 3.3 needs a second pass
                """);

        // The lessons' entries open with story keys too, but say neither points nor a status: no stories.
        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points,
                        Retro.Story::status)
                .containsExactly(tuple("3.1", "Pupil self-booking from the app", 5, ItemStatus.DONE),
                        tuple("3.2", "Instructor diary", 5, ItemStatus.DONE),
                        tuple("3.3", "Test-date watch list", 3, ItemStatus.DONE));
    }

    @Test
    void readsBracketedPointsAfterACommittedCountInWordsAndAfterFinishingAllOfThem() {
        Retro sixOfThem = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## how it went

                We committed to six stories (26 points) for this epic and finished five of them (21 points).
                """);
        Retro allFive = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## how it went

                We committed five stories for 21 points and shipped all five (21 points). 38 automated tests added.
                """);

        assertThat(sixOfThem.delivery()).isEqualTo(new Retro.Delivery(6, 5, 26, 21, null));
        assertThat(allFive.delivery()).isEqualTo(new Retro.Delivery(5, 5, 21, 21, 38));
    }

    @Test
    void takesNoPartOfOtherTestsAsTestsAdded() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## how it went

                Only 12 of the tests added last epic still run.
                """);

        assertThat(retro.delivery().testsAdded()).isNull();
    }

    @Test
    void readsStoryCountsInWordsTakenIntoTheEpicAndAllOfThemFinished() {
        Retro fourOfFive = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## Summary

                Four of the five stories shipped (18 of 23 points); the recall import moved to Epic 4.
                """);
        Retro everyOne = RetroMarkdownParser.parse("""
                # Epic 2 Retro

                ## Summary

                We took five stories into the epic, 21 points in all, and finished every one of them.
                """);

        assertThat(fourOfFive.delivery()).isEqualTo(new Retro.Delivery(5, 4, 23, 18, null));
        // Every story done: the points in all were both the plan and what was done.
        assertThat(everyOne.delivery()).isEqualTo(new Retro.Delivery(5, 5, 21, 21, null));
    }

    @Test
    void readsNoDeliveryFromStoriesThatSlippedBugsClosedScopeAddedOrSlowTests() {
        Retro slipped = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Summary

                Two of the seven stories slipped to Epic 5. All but one of the five stories shipped.
                """);
        Retro bugs = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Summary

                We planned 7 stories for 30 points. Four production bugs came in mid-epic and we closed all of them.
                Halfway through we pulled two stories into the epic from the backlog.
                The 3 slowest tests added 4 minutes to CI.
                """);

        assertThat(slipped.delivery().storiesCompleted()).isNull();
        assertThat(bugs.delivery()).isEqualTo(new Retro.Delivery(7, null, 30, null, null));
    }

    @Test
    void readsAStoryListedAgainUnderALaterHeadingOnceAndNoStoriesFromARiskList() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                ## Stories

                | Story | Title | Status |
                |-------|-------|--------|
                | 3.1 | Booking | Done |
                | 3.2 | Diary | Not started |

                ## Carry-over

                One story moves to Epic 5.

                - 3.2 Diary — 3 pts — not started

                ## Risks

                Two stories carry risk into Epic 5.

                - 4.1 Vendor API — blocked
                - 4.2 Pricing — blocked
                """);

        assertThat(retro.stories()).extracting(Retro.Story::id).containsExactly("3.1", "3.2");
    }

    @Test
    void readsKeyedEntriesWithPointsAndStatusAsStoriesAmongPlainFigureBullets() {
        Retro retro = RetroMarkdownParser.parse("""
                # epic 2 retro: mattress intake grading

                ## how it went

                Short one this time.

                - stories: 3 of 4 done (75%)
                - points: 13 / 18
                - tests added: 22

                - 2.1 weighbridge ticket import — 5 pts — done
                - 2.4 grade photos from the tipping floor — 5 pts — carried forward to epic 3

                ## ideas

                - 3.1 pallet labels — 3 pts
                - 3.2 driver app — 5 pts
                """);

        // The ideas give points but no status: a list of what might come, not what this epic delivered.
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(4, 3, 18, 13, 22));
        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::points, Retro.Story::status)
                .containsExactly(tuple("2.1", 5, ItemStatus.DONE), tuple("2.4", 5, ItemStatus.DEFERRED));
    }

    @Test
    void readsAStoryCarriedForwardAfterAnArrowAndFiguresSaidWithAreAndWere() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 2 Retro: Olive Pressing

                ## Summary

                Seven of the eight stories are done — 33 of 38 points — and 54 tests were added.

                ## Stories

                1. **2.4 Acidity results per lot** (3 pts) — ✅ Done
                2. **2.5 Bottling label with lot QR code** (5 pts) — ➡️ Carried forward to Epic 3
                """);

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 7, 38, 33, 54));
        assertThat(retro.stories()).extracting(Retro.Story::title, Retro.Story::status)
                .containsExactly(tuple("Acidity results per lot", ItemStatus.DONE),
                        tuple("Bottling label with lot QR code", ItemStatus.DEFERRED));
    }

    @Test
    void takesATestCountsOwnTotalOrAddsUpItsKindsButNotWhatWasRemoved() {
        Retro total = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Metrics

                - **Tests Added:** 15+ integration, ~70 unit (85 total)
                """);
        Retro kinds = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Metrics

                - **Tests Added:** 15 integration, 70 unit
                """);
        Retro removed = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Metrics

                - **Tests Added:** 40 added, 5 removed
                """);

        assertThat(total.delivery().testsAdded()).isEqualTo(85);
        assertThat(kinds.delivery().testsAdded()).isEqualTo(85);
        assertThat(removed.delivery().testsAdded()).isEqualTo(40);
    }

    @Test
    void readsNoPlainFigureBulletsOrKeyedStoriesFromSectionsAboutOtherEpicsOrPlans() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retro

                **Points:** 18 planned / 16 done

                ## Goals for Epic 4

                - stories: 8
                - tests added: 40

                ## Epic 2 recap

                - 2.1 Login — 5 pts — done
                - 2.2 Signup — 3 pts — done

                ## Backlog for Epic 4

                - 4.1 Clan creation — 5 pts — to do
                - 4.2 Clan chat — 3 pts — not started

                ## Team

                - velocity: 21
                """);

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(null, null, 18, 16, null));
        assertThat(retro.stories()).isEmpty();
    }

    @Test
    void takesATotalBesideOneCountAsTheSuiteNotWhatWasAdded() {
        Retro suite = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Metrics

                - **Tests added:** 12 (340 total)
                """);
        Retro newAndTotal = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Metrics

                - **Tests:** 27 new, 412 in total
                """);

        assertThat(suite.delivery().testsAdded()).isEqualTo(12);
        assertThat(newAndTotal.delivery().testsAdded()).isEqualTo(27);
    }

    @Test
    void readsPlainFigureBulletsAndKeyedStoriesWhereverTheRetroReportsItsOwnDelivery() {
        Retro preamble = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                - stories: 3 of 4 done
                - points: 13 / 18

                ## Action items

                - Add a smoke test (Owner: Dana)
                """);
        Retro afterTeam = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## Team

                - Alice, Bob

                ## Planned vs actual

                - stories: 3 of 4 done
                - points: 13 / 18
                """);
        Retro sprint = RetroMarkdownParser.parse("""
                # Sprint 14 Retro

                ## Delivery

                - 1.1 card form — 5 pts — done
                - 1.2 wallet — 3 pts — done
                """);
        Retro dottedEpic = RetroMarkdownParser.parse("""
                # Epic 2.1 Retrospective: Sub

                ## Epic 2.1 delivery

                - 2.1.1 card form — 5 pts — done
                - 2.1.2 wallet — 3 pts — done
                """);

        assertThat(preamble.delivery()).isEqualTo(new Retro.Delivery(4, 3, 18, 13, null));
        assertThat(afterTeam.delivery()).isEqualTo(new Retro.Delivery(4, 3, 18, 13, null));
        assertThat(sprint.stories()).extracting(Retro.Story::id).containsExactly("1.1", "1.2");
        assertThat(dottedEpic.stories()).extracting(Retro.Story::id).containsExactly("2.1.1", "2.1.2");
    }
}
