package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * Technical-debt entries (tables, one section per entry, checkboxes under priority headings), their ids, locations and
 * efforts, and how actions link to them.
 */
class DebtShapesTest {

    @Test
    void readsDebtIdAndStatusColumnsAndLinksActionsToTheirDebt() {
        Retro retro = parse("actions-table-debt-status.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::deadline,
                        Retro.ActionItem::debtId, Retro.ActionItem::status, Retro.ActionItem::priority,
                        Retro.ActionItem::category)
                .containsExactly(
                        tuple("Make exporter TLS configurable", "Before production", "TD-E5-S1", ItemStatus.DONE,
                                Priority.CRITICAL, "Security"),
                        tuple("Remove token from command line", "Next sprint", "TD-E5-S2", ItemStatus.IN_PROGRESS,
                                Priority.CRITICAL, "Security"));
        assertThat(retro.techDebt()).singleElement().satisfies(debt -> {
            assertThat(debt.id()).isEqualTo("TD-E5-S1");
            assertThat(debt.title()).isEqualTo("Insecure exporter configuration");
            assertThat(debt.status()).isEqualTo(ItemStatus.DONE);
            assertThat(debt.effort()).isEqualTo("2h");
        });
    }

    @Test
    void splitsASectionNamingDebtAndActionsByWhatEachTableListAndEntrySays() {
        Retro retro = parse("debt-and-actions-in-one-section.md");

        // The action table says "Action", the checkbox has an owner, "**Next steps:**" names actions; the register
        // says "Debt" though it has an owner column, and "TD-CL-3:" titles a debt entry whatever its fields. The
        // entry that says nothing ("Court map image is 4 MB") goes where the heading names first: debt.
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::debtId, Retro.ActionItem::status, Retro.ActionItem::category)
                .containsExactly(
                        tuple("Send cancellations to the lighting timer", "Charlie", "CL-1", ItemStatus.IN_PROGRESS,
                                null),
                        tuple("Demo against the real controller every sprint", "Dana", null, ItemStatus.OPEN,
                                "Process Improvements"),
                        tuple("Book the electrician for the wiring survey", null, null, null, null));
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::priority, Retro.TechDebtItem::location)
                .containsExactly(tuple(null, "Court map image is 4 MB", Priority.MEDIUM, null),
                        tuple("CL-1", "Lighting timer ignores cancellations", Priority.CRITICAL, null),
                        tuple("CL-2", "Grid reloads the whole week on every click", Priority.LOW, null),
                        tuple("TD-CL-3", "Controller password in the repository", Priority.MEDIUM,
                                "lighting/config.yaml"));
    }

    @Test
    void keepsEveryEntryOfASectionNamingOnlyDebtAsDebtEvenWithAnOwner() {
        Retro retro = parse("debt-with-owners.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title)
                .containsExactly("Lighting timer ignores cancellations", "Grid reloads the whole week on every click");
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title).containsExactly("Book the electrician");
    }

    @Test
    void readsDebtTablesWithPriorityAndEffort() {
        Retro retro = parse("debt-table.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::effort)
                .containsExactly(tuple("Replace the hand-rolled JSON parser", Priority.HIGH, "3 days"),
                        tuple("Remove dead feature flags", Priority.LOW, "2h"));
        assertThat(retro.actionItems()).isEmpty();
    }

    @Test
    void readsOneSectionPerDebtItemWithLocationUnderPriorityHeadings() {
        Retro retro = parse("debt-sections.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::priority, Retro.TechDebtItem::location)
                .containsExactly(
                        tuple("TD-E7-01", "Timer label mismatch", Priority.HIGH, "observability/metrics.py:194-267"),
                        tuple("TD-E7-02", "Listener memory leak", Priority.LOW, "fixtures/api-mock.ts:169"));
    }

    @Test
    void readsDebtCheckboxesUnderPriorityHeadings() {
        Retro retro = parse("debt-checkboxes.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::status)
                .containsExactly(tuple("Migrate off the deprecated SDK", Priority.HIGH, ItemStatus.OPEN),
                        tuple("Remove the legacy cron job", Priority.HIGH, ItemStatus.DONE),
                        tuple("Rename confusing modules", Priority.LOW, ItemStatus.OPEN));
    }

    @Test
    void takesACodeSpanAfterADashAsTheDebtLocationAndAnEstimateAsItsEffort() {
        Retro retro = parse("debt-dashed-location.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::location, Retro.TechDebtItem::effort, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::status)
                .containsExactly(
                        tuple("TD-INV30-01", "Export holds every row in memory", "export/writer.go", "2 days",
                                Priority.CRITICAL, null),
                        tuple(null, "Column names duplicated in two templates", "templates/csv.tmpl:14", null,
                                Priority.MEDIUM, ItemStatus.OPEN),
                        tuple(null, "Retry count hard-coded", "export/retry.go", "~4h", Priority.MEDIUM,
                                ItemStatus.DONE),
                        tuple(null, "Date format differs between exports — see the style guide", null, null,
                                Priority.MEDIUM, ItemStatus.OPEN));
    }

    @Test
    void takesCodeInClosingBracketsOrACodeAreaCellAsTheDebtLocationAndLinksActionsByDebtField() {
        Retro retro = parse("debt-code-locations.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::location, Retro.TechDebtItem::effort)
                .containsExactly(
                        tuple("TD-31-01", "Templates read from disk on every send", "reminders/TemplateStore.java",
                                null),
                        tuple("TD-31-02", "Reminders sent in the request thread", "reminders/api/SendController.java",
                                null),
                        tuple("TD-31-03", "Retry delay hard-coded (see RETRY_MS and the runbook)", null, null),
                        tuple("TD-31-04", "Phone numbers not normalised", "reminders/sms/Numbers.java", "1d"),
                        tuple("TD-31-05", "Two date formatters", null, "2h"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::debtId)
                .containsExactly(tuple("Cache the template lookups", "Lena", "TD-31-01"),
                        tuple("Move reminder sending off the request thread", "Omar", "TD-31-02"));
    }

    @Test
    void takesATechDebtFieldHoldingOnlyADebtIdAsTheActionsDebtId() {
        assertThat(parse("actions-bold-paragraph-tech-debt-field.md").actionItems())
                .extracting(Retro.ActionItem::title, Retro.ActionItem::owner, Retro.ActionItem::debtId)
                .containsExactly(
                        tuple("Replace floating-point arithmetic in the tolerance calculator", "Charlie", "TD-E7-01"),
                        tuple("Hold a refinement on story size", "Alice", null));
    }

    @Test
    void readsACodeSpanAndAnEstimateInTheBracketsClosingADebtEntryAsLocationAndEffort() {
        assertThat(parse("debt-checkboxes-code-and-estimate.md").techDebt())
                .extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title, Retro.TechDebtItem::location,
                        Retro.TechDebtItem::effort, Retro.TechDebtItem::priority)
                .containsExactly(
                        tuple("TD-9-01", "Rule engine runs in one goroutine", "alerts/engine.go", "2 days",
                                Priority.HIGH),
                        tuple("TD-9-02", "Replay jobs have no worker cap", "tools/replay/main.go", "4h",
                                Priority.HIGH),
                        tuple("TD-9-03", "Duplicate helpers (internal/tz/, see the review)", null, null,
                                Priority.LOW));
    }

    @Test
    void takesATrackerKeyInADebtRegistersPlainIdColumnAsTheEntrysIdAndLinksActionsToIt() {
        Retro retro = parse("debt-register-plain-id-column.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id).containsExactly("VOD-1", "VOD-2");
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::debtId).containsExactly("VOD-1", null);
    }

    @Test
    void takesADebtSubHeadingOfAnActionSectionAsTheCategoryOfItsActions() {
        Retro retro = parse("actions-debt-paydown-subheading.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::category,
                        Retro.ActionItem::debtId)
                .containsExactly(tuple("Run the cross-tenant fuzzer nightly", "Improvements", null),
                        tuple("Prefix cache keys with the tenant id", "Debt paydown", "TD-12-01"),
                        tuple("Add a dry run to the migration runner", "Debt paydown", "TD-12-02"));
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id).containsExactly("TD-12-01", "TD-12-02",
                "TD-12-03");
    }

    @Test
    void marksDebtDoneWhenItsActionIsDoneButLeavesItUnknownWhileTheActionIsUnderWay() {
        Retro retro = parse("actions-debt-paydown-subheading.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::status)
                .containsExactly(tuple("TD-12-01", null), tuple("TD-12-02", ItemStatus.DONE),
                        tuple("TD-12-03", null));
    }

    @Test
    void readsDebtIdsWithAProjectKeyInFrontAndLinksActionsToThem() {
        Retro retro = parse("debt-ids-with-a-project-key.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id).containsExactly("LIB-TD-1", "LIB-TD-2");
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::debtId)
                .containsExactly(tuple("Switch the snapshot to change-data capture", "LIB-TD-1"),
                        tuple("reload routing rules without a restart", "LIB-TD-2"));
    }

    @Test
    void readsACodeSpanBesideLabelledFieldsInTheBracketsClosingADebtEntryAsItsLocation() {
        Retro retro = parse("debt-checkboxes-code-span-and-est-colon.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::location,
                        Retro.TechDebtItem::effort, Retro.TechDebtItem::priority, Retro.TechDebtItem::status)
                .containsExactly(tuple("TD-WIN-01", "ingest/lora/uplink.py", "2 days", Priority.HIGH, ItemStatus.OPEN),
                        tuple("TD-WIN-04", "lab/forms/sample.tsx", "2h", Priority.LOW, ItemStatus.DONE));
    }

    @Test
    void takesATrackerKeyOpeningADebtEntryAsItsIdAndAColourOpeningAnActionAsItsPriority() {
        Retro retro = parse("debt-checkboxes-opening-with-a-tracker-key.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::location)
                .containsExactly(tuple("PRK-1", "Plate format regex copied into three apps", "permits/plates.py"),
                        tuple("PRK-4", "Renewal reminder job has no dry-run mode", "jobs/renewals.py"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::priority,
                        Retro.ActionItem::debtId)
                .containsExactly(
                        tuple("Replace the plate regexes with one shared validator", Priority.CRITICAL, "PRK-1"),
                        tuple("Add a dry-run switch to the renewal reminder job", Priority.LOW, "PRK-4"),
                        tuple("Document the permit zones", null, null));
    }

    @Test
    void takesNoIdFromAStandardsNameOpeningADebtEntry() {
        Retro retro = parse("debt-register-opening-with-a-standards-name.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title)
                .containsExactly(tuple(null, "UTF-8: CSV export breaks on accented names"),
                        tuple(null, "SHA-1 — still used for webhook signatures"));
    }

    /** Set 26's first run: a note after a debt entry's brackets hid where it is and how big. */
    @Test
    void readsWhereAndHowBigADebtEntryIsWhenANoteFollowsItsBrackets() {
        Retro retro = parse("debt-checkbox-note-after-brackets.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::location,
                        Retro.TechDebtItem::effort, Retro.TechDebtItem::status)
                .containsExactly(
                        tuple("Segment lengths typed in two units", "registry/Segment.kt", "2h", ItemStatus.DONE),
                        tuple("Vendor report built from ad-hoc queries", "reports/Vendor.sql", "3 days",
                                ItemStatus.OPEN),
                        // brackets without a code span and an estimate are words of the title
                        tuple("Retry storm on reconnect (see the incident) — raised by Dana", null, null,
                                ItemStatus.OPEN));
        assertThat(retro.techDebt().getFirst().originalText()).contains("fixed in sprint 3");
    }

    /** Review finding: the note after a debt entry's brackets gives a status only when it opens with one. */
    @Test
    void takesNoStatusFromANoteAfterTheBracketsThatOnlyHasAStatusWordInIt() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Technical Debt

                - Session refresh hack (`auth/Session.kt`, est. 1d) — started as a quick fix in 3.1 and never cleaned up
                - Retry wrapper (`client/Retry.kt`, est. 2h) — done properly would need a redesign
                - Legacy v1 routes (`api/v1/`, est. 3d) — fixed in sprint 4
                """);

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::location,
                        Retro.TechDebtItem::status)
                .containsExactly(tuple("Session refresh hack", "auth/Session.kt", null),
                        tuple("Retry wrapper", "client/Retry.kt", null),
                        tuple("Legacy v1 routes", "api/v1/", ItemStatus.DONE));
    }

    /** Set 36's first run: an emoji before a debt section's first bold field ("🔴 **Priority:**") lost every entry. */
    @Test
    void readsADebtSectionsFieldsWhenASymbolMarksTheFirstOfThem() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective – Smoke Cameras

                ## Technical Debt

                #### TD-SMK-01: Late frames dropped by the ingest
                🔴 **Priority:** Critical
                **Location:** `ingest/frame_buffer.py`
                **Effort:** 1 day

                #### TD-SMK-02: Classifier threshold hard-coded

                🟡 **Priority:** Medium
                **Location:** `classifier/score.py`
                """);

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::location, Retro.TechDebtItem::effort)
                .containsExactly(tuple("TD-SMK-01", Priority.CRITICAL, "ingest/frame_buffer.py", "1 day"),
                        tuple("TD-SMK-02", Priority.MEDIUM, "classifier/score.py", null));
        assertThat(retro.warnings()).isEmpty();
    }

    /** Second review: a keycap or an ASCII arrow before a bold key marks the line as an emoji does. */
    @Test
    void readsFieldsAfterAKeycapOrAnAsciiArrow() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Technical Debt

                #### TD-8: Tariff cache never expires
                1️⃣ **Priority:** High
                -> **Location:** `tariff/Cache.kt`
                """);

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::location)
                .containsExactly(tuple("TD-8", Priority.HIGH, "tariff/Cache.kt"));
    }

    @Test
    void readsAFieldValueHardWrappedOntoTheNextLineOfADebtSection() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retro

                ## Technical Debt

                ### 🔴 Critical Priority

                #### TD-TOW-01: Fee calculator uses server local time
                **Location:** `fees/StorageFeeCalculator.cs`
                **Issue:** Storage days are cut at the server's midnight, which differs from the
                yard's posted tariff.
                **Recommendation:** Compute day boundaries in the yard's time zone.

                #### TD-TOW-02: Webhook processed again on every retry
                **Location:** `payments/CardWebhookHandler.cs`
                """);

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::location)
                .containsExactly(tuple("TD-TOW-01", Priority.CRITICAL, "fees/StorageFeeCalculator.cs"),
                        tuple("TD-TOW-02", Priority.CRITICAL, "payments/CardWebhookHandler.cs"));
    }

    @Test
    void keepsADebtHeadingOverProseAsItsEntryAndSaysOnlyItsFieldsWereRead() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retro

                ## Technical Debt

                #### TD-TOW-05: Release slip cache never expires

                We noticed this during the last week. Nobody has had time to look.

                **Location:** `slips/SlipCache.cs`
                """);

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title,
                        Retro.TechDebtItem::location)
                .containsExactly(tuple("TD-TOW-05", "Release slip cache never expires", "slips/SlipCache.cs"));
        assertThat(retro.warnings()).extracting(Retro.ParseWarning::line, Retro.ParseWarning::message)
                .contains(tuple(5, "item 'TD-TOW-05: Release slip cache never expires': the text under it is not all "
                        + "'Key: value' fields; only those were read"));
    }

    @Test
    void keepsADebtEntryWithAnOwnerAsDebtAndSendsSilentEntriesToTheKindTheHeadingNamesFirst() {
        Retro debtFirst = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Tech Debt Follow-up

                - **Flaky checkout test** (Owner: Ana, Priority: High)
                """);
        Retro actionsFirst = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Action Items & Tech Debt

                - Write the runbook
                """);

        // An owner says nothing of which kind an entry is: debt registers name who watches each entry.
        assertThat(debtFirst.techDebt()).extracting(Retro.TechDebtItem::title).containsExactly("Flaky checkout test");
        assertThat(debtFirst.actionItems()).isEmpty();
        assertThat(actionsFirst.actionItems()).extracting(Retro.ActionItem::title).containsExactly("Write the runbook");
        assertThat(actionsFirst.techDebt()).isEmpty();
    }
}
