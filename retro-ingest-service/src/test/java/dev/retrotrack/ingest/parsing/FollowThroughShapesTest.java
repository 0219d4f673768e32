package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * The previous retro's actions reviewed in this one: which sections and headings hold them, and each entry's title,
 * status and evidence.
 */
class FollowThroughShapesTest {

    @Test
    void normalizesStatusWordsAndSymbols() {
        Retro retro = parse("statuses.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::status).containsExactly(
                ItemStatus.DONE, ItemStatus.DONE, ItemStatus.DONE, ItemStatus.DONE,
                ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS,
                ItemStatus.OPEN, ItemStatus.DEFERRED, ItemStatus.OPEN, ItemStatus.OPEN);
        assertThat(retro.followThrough().getFirst().evidence()).isEqualTo("ADR-007");
        assertThat(retro.actionItems()).isEmpty();
    }

    @Test
    void splitsFollowThroughLinesIntoTitleStatusAndEvidence() {
        Retro retro = parse("follow-through-inline-status.md");

        assertThat(retro.actionItems()).isEmpty();
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Share the export schema with finance", ItemStatus.DONE,
                                "finance signed it off in week 1"),
                        tuple("Review every migration in pairs", ItemStatus.DEFERRED,
                                "no second reviewer until May."),
                        tuple("Turn on the slow-query log", ItemStatus.DONE, "enabled on all three replicas"),
                        tuple("Retire the v1 endpoint", ItemStatus.DONE, "traffic was zero for a month"),
                        tuple("Split the nightly build", ItemStatus.OPEN, null),
                        tuple("Keep pull requests under 400 lines", ItemStatus.IN_PROGRESS, null),
                        tuple("Add a staging smoke test", ItemStatus.DONE, "runs after every deploy"),
                        tuple("Agree a code freeze window", ItemStatus.OPEN, null));
    }

    @Test
    void readsAFollowThroughTableWhoseFirstColumnNoRoleNamesBesideAResultColumn() {
        Retro retro = parse("follow-through-said-table.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("Pin the PDF library version", ItemStatus.DONE, "pinned in the lock file"),
                        tuple("Keep stand-ups short", ItemStatus.IN_PROGRESS, "averaging 18 min"),
                        tuple("Invite finance to the demo", ItemStatus.OPEN, "moved to 4 May"));
        assertThat(retro.warnings()).isEmpty();
    }

    @Test
    void readsFollowThroughArrowsToAStatusAndCheckboxesWithEvidenceAfterADash() {
        Retro retro = parse("follow-through-arrows-and-checkboxes.md");

        assertThat(retro.actionItems()).isEmpty();
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("shared test mailbox", ItemStatus.DONE, "everyone used it"),
                        tuple("pairing on the template engine", ItemStatus.IN_PROGRESS, "Omar/Lena paired twice"),
                        tuple("nightly load test", ItemStatus.DROPPED, "the weekly one was enough"),
                        tuple("Pin the PDF library version", ItemStatus.DONE, "pinned in the lock file since week 1"),
                        tuple("Invite finance to the demo", ItemStatus.OPEN, "nobody sent it; carried forward"));
    }

    @Test
    void takesACheckInOnThePreviousActionsAsFollowThroughNotAsNewActions() {
        Retro retro = parse("follow-through-check-in-arrows.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status)
                .containsExactly(tuple("Crash-free sessions dashboard", ItemStatus.DONE),
                        tuple("Cap stories in progress at 4", ItemStatus.OPEN));
        assertThat(retro.followThrough().getFirst().evidence()).contains("pinned in #mobile");
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title)
                .containsExactly("Write the offline sync runbook");
    }

    @Test
    void keepsTheNoteAfterAStatusWrittenBehindACheckedFollowThroughBox() {
        assertThat(parse("follow-through-checkbox-status-and-note.md").followThrough()).containsExactly(
                new Retro.FollowThroughItem("required reviews on main", ItemStatus.DONE,
                        "branch protection on since 3 Nov"),
                new Retro.FollowThroughItem("flaky test_retry_backoff", ItemStatus.OPEN,
                        "still flaky, ~1 in 20 runs"));
    }

    @Test
    void readsNumberedActionHeadingsUnderAFollowThroughSectionAsFollowThroughNotAsNewActions() {
        Retro retro = parse("follow-through-numbered-action-headings.md");

        assertThat(retro.followThrough()).containsExactly(
                new Retro.FollowThroughItem("Label every rule with its source", ItemStatus.DONE,
                        "All 14 rules cite an article"),
                new Retro.FollowThroughItem("Replace the jitter filter", ItemStatus.DEFERRED, "Moved to Epic 10"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Add a lint gate for rule files", "Charlie"));
    }

    @Test
    void readsHeadingsNamingEarlierActionsOrAFollowUpFromAnEarlierRetroAsFollowThrough() {
        Retro retro = parse("follow-through-earlier-actions-headings.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title, Retro.FollowThroughItem::status)
                .containsExactly(tuple("Get the carrier API under contract", ItemStatus.DONE),
                        tuple("Map the yard gates", ItemStatus.DONE));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title)
                .containsExactly("Add a retry to the slot booking call");
        assertThat(SectionKind.classify("Follow-up actions")).isEqualTo(SectionKind.ACTIONS);
    }

    @Test
    void dropsAnySymbolMarkingAFollowThroughEntryFromItsTitleButKeepsQuotationMarks() {
        Retro retro = parse("follow-through-symbols-before-bold-titles.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status)
                .containsExactly(tuple("Use real scans as test data", ItemStatus.DONE),
                        tuple("Move scan storage to the EU region", ItemStatus.DEFERRED),
                        tuple("Weekly demo for the receptionists", ItemStatus.OPEN),
                        tuple("“Quiet hours” for lab notifications", ItemStatus.DONE));
    }

    @Test
    void readsNumberedActionsAheadOfTheRetrosOwnActionSectionAsFollowThrough() {
        Retro retro = parse("follow-through-numbered-actions-before-the-action-section.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("Agree the ETA feed contract with the port community system", ItemStatus.DONE,
                                "Contract signed in sprint 1"),
                        tuple("Replace the hand-kept quay length table", ItemStatus.DEFERRED,
                                "Waiting on the survey of quay N4"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Cut the shadow-run report to a one-page summary", "Dana"));
    }

    @Test
    void keepsNumberedActionHeadingsAsActionsWhenNoActionSectionFollows() {
        Retro retro = parse("actions-numbered-headings-without-an-action-section.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status)
                .containsExactly(tuple("Cut the shadow-run report to one page", ItemStatus.IN_PROGRESS),
                        tuple("Ask for machine-readable tidal tables", null));
        assertThat(retro.followThrough()).isEmpty();
    }

    @Test
    void readsTheStatusAndNoteWrittenAfterABoldFollowThroughTitle() {
        Retro retro = parse("follow-through-bold-titles-then-status-and-note.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Get read access to the reservations feed", ItemStatus.DONE,
                                "access granted in sprint 1"),
                        tuple("Pair with a catering supervisor every sprint", ItemStatus.IN_PROGRESS,
                                "two of three sprints so far"),
                        tuple("Rebuild the aircraft type catalogue", ItemStatus.DEFERRED,
                                "waiting for the fleet team's new seat maps"));
    }

    @Test
    void readsAFollowUpOnAnEarlierEpicsActionsAsFollowThroughAndKeepsAnItemWhoseFieldsAreFollowedByTalk() {
        Retro retro = parse("follow-through-after-the-actions-and-talk-after-fields.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title)
                .containsExactly("Replace probe polling with the push feed");
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("Calibrate both roaster probes", ItemStatus.DONE, "both within 1 °C"),
                        tuple("Move cupping sessions to Tuesdays", ItemStatus.DEFERRED, "harvest season wins"),
                        tuple("Write down the dispatchers' reassignment rules", ItemStatus.OPEN,
                                "Dispatch lead was on leave"));
    }

    @Test
    void keepsTheRetrosOwnNumberedActionsWithoutStatusesAsActionsBeforeAPlainNextStepsSection() {
        Retro retro = parse("actions-own-numbered-headings-before-next-steps.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Pin the SDK version", "Charlie"), tuple("Share the load-test results", "Dana"));
        assertThat(retro.followThrough()).isEmpty();
    }

    @Test
    void keepsAFollowUpOnSomethingOtherThanEarlierPromisesAsActions() {
        Retro retro = parse("actions-follow-up-on-other-things.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title)
                .containsExactly("Call the three venues that lost a booking");
        assertThat(retro.followThrough()).isEmpty();
    }

    /** Set 26's first run: "Carried forward: price the gateway" had no symbol before its status word. */
    @Test
    void readsAStatusWordAndColonOpeningAFollowThroughEntryWithoutASymbol() {
        Retro retro = parse("follow-through-leading-status-word.md");

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("Sensor install before frost", ItemStatus.DONE, "38 sensors"),
                        tuple("price the second gateway", ItemStatus.OPEN, "still waiting on two quotes"),
                        tuple("weekly demo", ItemStatus.DROPPED, "nobody came"),
                        // "Open questions" is no status: the entry stays as written, its status unknown
                        tuple("Open questions: who owns the map — asked in planning", null, null));
    }

    /** Set 30's first run: "Review of Epic 2 Action Items" was read as this retro's own actions. */
    @Test
    void readsAReviewOfAnEpicsActionItemsAsFollowThrough() {
        Retro retro = RetroMarkdownParser.parse("""
                # Retrospective — Epic 3: Wool Clip Sampling

                ## Review of Epic 2 Action Items

                1. **Get the lab's result file spec in writing** — ✅ Applied — spec v2.1 arrived in week one
                2. **Set up a lab test account** — ❌ Not addressed — the lab has no test environment

                ## Action Items

                - [ ] Stream the lab file instead of loading it whole (Owner: Charlie)
                - [ ] Action items (review in two weeks) for the co-op board (Owner: Alice)
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Get the lab's result file spec in writing", ItemStatus.DONE,
                                "spec v2.1 arrived in week one"),
                        tuple("Set up a lab test account", ItemStatus.OPEN, "the lab has no test environment"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::owner).containsExactly("Charlie", "Alice");
    }

    /** Set 32's first run: "looking back at the epic 1 actions" was read as this retro's own actions. */
    @Test
    void readsLookingBackAtAnEpicsActionsAsFollowThrough() {
        Retro retro = RetroMarkdownParser.parse("""
                # epic 2 retrospective – in-store paint tinting

                ## looking back at the epic 1 actions

                - Get the vendor's protocol document under NDA — Done. signed in week one.
                - Build our own dispenser driver — Dropped. the vendor's driver covers every model.
                """);

        assertThat(retro.actionItems()).isEmpty();
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status)
                .containsExactly(tuple("Get the vendor's protocol document under NDA", ItemStatus.DONE),
                        tuple("Build our own dispenser driver", ItemStatus.DROPPED));
    }

    /** Set 34's first run: a bold status lead without a symbol before it ("**Deferred:** …") became the title. */
    @Test
    void readsABoldStatusLeadAsTheStatusWithOrWithoutASymbolBeforeIt() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 2 Retrospective: Studio Bookings

                ## Previous Retro Follow-Through

                - ✅ **Done:** Share the room calendar before building — reviewed in week 1
                - **Deferred:** Mobile layout for the booking page — agreed to wait for Epic 3
                - **Pin the SDK:** Done — pinned in the lock file
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Share the room calendar before building", ItemStatus.DONE, "reviewed in week 1"),
                        tuple("Mobile layout for the booking page", ItemStatus.DEFERRED, "agreed to wait for Epic 3"),
                        tuple("Pin the SDK", ItemStatus.DONE, "pinned in the lock file"));
    }

    /** Second review: a look back and then new actions are two things; a look back at actions is follow-through. */
    @Test
    void tellsALookBackAtActionsFromALookBackAndNewActions() {
        for (String heading : new String[] {"## Recap and Action Items", "## Sprint Recap & Next Actions",
                "## Look Back, Then Actions for Epic 8"}) {
            Retro retro = RetroMarkdownParser.parse("# Epic 7 Retrospective: Fare Engine\n\n" + heading
                    + "\n\n- Add a CI cache for the fare tests (Owner: Sam, By: 2026-12-04)\n");
            assertThat(retro.actionItems()).as(heading).hasSize(1);
            assertThat(retro.followThrough()).as(heading).isEmpty();
        }
        Retro review = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Looking Back: Actions From the Mid-Epic Review

                - Add a CI cache for the fare tests — Done
                """);
        assertThat(review.actionItems()).isEmpty();
        assertThat(review.followThrough()).singleElement().extracting(Retro.FollowThroughItem::status)
                .isEqualTo(ItemStatus.DONE);
    }

    /** Set 39's first run: "title: Done, note." and reflection sub-headings under a follow-through section. */
    @Test
    void readsAStatusAndNoteAfterAColonAndStopsAtTheRetrosOwnReflectionHeadings() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 8 Retrospective: Photo Booths

                ## Epic 7 action item review

                - Vendor API credentials in the vault: Done, moved in sprint 1.
                - Booth location import: Deferred, estates system is being replaced.

                ### what went well

                - The crews liked the tablets.

                ### what hurt

                - Uploads over 4G were slow.

                ## Action Items

                - Decide on retries: done means idempotent (Owner: Sam)
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(tuple("Vendor API credentials in the vault", ItemStatus.DONE, "moved in sprint 1"),
                        tuple("Booth location import", ItemStatus.DEFERRED, "estates system is being replaced"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status)
                .containsExactly(tuple("Decide on retries: done means idempotent", null));
    }

    @Test
    void readsAStatusAfterADashBehindABoldTitleWithItsNoteInBrackets() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retro

                ## Follow-through from the Epic 4 retro

                - **Get weekly exchange files from all partners** – ✅ Done (all three have sent files since sprint 1)
                - **Load-test the matcher** – ❌ Not addressed (no production-size extract yet)
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title, Retro.FollowThroughItem::status)
                .containsExactly(tuple("Get weekly exchange files from all partners", ItemStatus.DONE),
                        tuple("Load-test the matcher", ItemStatus.OPEN));
        assertThat(retro.followThrough().getFirst().evidence()).contains("all three have sent files since sprint 1");
    }

    @Test
    void takesHeadingsAskingAboutEarlierActionsOrWhatWasSaidAsFollowThrough() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retro

                ## Epic 6 actions — did we do them?

                - **Resume photo uploads after signal loss** — ✅ Fixed: no lost photos in three weeks

                ## what we said last time

                - ⏳ **Move test data off real patient initials** — In Progress: staging uses synthetic names

                ## What did we learn?

                - Ask the yard before the story is written

                ## What went wrong last time

                - The tablets ran flat

                ## Actions

                - Charge the tablets nightly (Owner: Kwame)
                """);

        // Neither "What did we learn?" nor "What went wrong last time" is about earlier promises: their lists are
        // reflection, not items.
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title, Retro.FollowThroughItem::status)
                .containsExactly(tuple("Resume photo uploads after signal loss", ItemStatus.DONE),
                        tuple("Move test data off real patient initials", ItemStatus.IN_PROGRESS));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title).containsExactly("Charge the tablets nightly");
    }

    @Test
    void readsNoFollowThroughFromReflectionOnLastTimeOrQuestionsThatAreNotAboutKeepingPromises() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## What improved since last time

                - **Reviews** — done within a day

                ## What we said about quality

                - **Tests first** — done for every story

                ## Last sprint's velocity

                - **Points** — done: 21 of 24

                ## Actions — what did we agree?

                - Add a smoke test (Owner: Dana)
                """);

        assertThat(retro.followThrough()).isEmpty();
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title).containsExactly("Add a smoke test");
    }

    @Test
    void readsLastEpicsActionsAsFollowThroughAndANoteAfterTheColonOfAPromiseWhoseStatusComesFirst() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## LAST EPIC'S ACTIONS

                | Previous Action | Status | Notes |
                |-----------------|--------|-------|
                | Get the badge API documented | ✅ Done | Facilities wrote it up in sprint 1 |

                ## what we said we'd do last time

                - Deferred — Offer same-week express cleaning: no spare drying racks until January
                - Done — Write the Epic 7: Fare Disputes brief

                ## ACTION ITEMS

                - Mount the tablets (Owner: Dana)
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title, Retro.FollowThroughItem::status,
                        Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("Get the badge API documented", ItemStatus.DONE, "Facilities wrote it up in sprint 1"),
                        tuple("Offer same-week express cleaning", ItemStatus.DEFERRED,
                                "no spare drying racks until January"),
                        // A colon after a number is part of a name ("Epic 7: Fare Disputes"), not a note.
                        tuple("Write the Epic 7: Fare Disputes brief", ItemStatus.DONE, null));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title).containsExactly("Mount the tablets");
    }

    @Test
    void takesNoSpeakersLineUnderADeepFollowThroughHeadingAsAnItem() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 2 Retrospective

                ### 3. Previous Retro Follow-Through

                **Bob (Scrum Master):** "Before we celebrate, let's check what we promised."

                #### Action #1: Get the PLC tag list from the skid vendor
                - **Status:** ✅ Done
                - **Owner:** Charlie
                """);

        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title, Retro.FollowThroughItem::status)
                .containsExactly(tuple("Get the PLC tag list from the skid vendor", ItemStatus.DONE));
    }
}
