package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/** One small hand-written document per shape real retros use (see src/test/resources/parsing/shapes). */
class MarkdownShapesTest {

    @Test
    void readsNumberedActionTableWithAcceptanceCriteria() {
        Retro retro = parse("actions-table-numbered.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("4", "Payments"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::acceptanceCriteria)
                .containsExactly(tuple("Document the retry policy", "Architect", "Policy page published"),
                        tuple("Add contract tests for refunds", "Senior Dev", "Tests in CI"));
    }

    @Test
    void readsActionTableWithDeadlinesUnderANumberedHeadingAndDropsOwnerRoles() {
        Retro retro = parse("actions-table-deadline.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline)
                .containsExactly(tuple("Rotate staging credentials", "Dana", "2026-03-01"),
                        tuple("Split the billing module", "Charlie", "Next sprint"));
    }

    @Test
    void readsCategoryColumnAndTakesTheBoldLeadAsTitle() {
        Retro retro = parse("actions-table-category.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::category,
                        Retro.ActionItem::owner, Retro.ActionItem::acceptanceCriteria)
                .containsExactly(
                        tuple("Standardize Interceptor", "Technical", "Charlie", "Pattern in architecture.md."),
                        tuple("Hold a planning spike", "Process", "Bob", "Spike notes shared"));
        assertThat(retro.actionItems().getFirst().originalText()).contains("mandatory pattern");
    }

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
    void readsPriorityColumnInWordsCodesAndColours() {
        Retro retro = parse("actions-table-priority.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::priority)
                .containsExactly(tuple("Add lint gate", Priority.CRITICAL), tuple("Trim flaky tests", Priority.MEDIUM),
                        tuple("Update onboarding doc", Priority.LOW));
    }

    @Test
    void readsNumberedLinesWithInlineFields() {
        Retro retro = parse("actions-numbered-inline.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline, Retro.ActionItem::priority)
                .containsExactly(tuple("Add lint gate", "Charlie", "next sprint", null),
                        tuple("Publish the runbook", "Dana", "2026-02-01", Priority.HIGH),
                        tuple("Review alert thresholds", null, null, null));
    }

    @Test
    void readsBoldItemParagraphsFollowedByFieldBullets() {
        Retro retro = parse("actions-bold-fields.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::acceptanceCriteria, Retro.ActionItem::deadline, Retro.ActionItem::priority)
                .containsExactly(
                        tuple("Add type-check to CI", "Charlie", "mypy runs in the pipeline", "Before Epic 9", null),
                        tuple("Write the migration guide", "Alice", null, null, Priority.LOW));
    }

    @Test
    void readsOneSubHeadingPerActionWithStatusAndOwnerBullets() {
        Retro retro = parse("actions-heading-sections.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::status, Retro.ActionItem::deadline)
                .containsExactly(tuple("Automate the release notes", "Elena", ItemStatus.OPEN, "End of sprint"),
                        tuple("Add dashboards for queue depth", "Dana", ItemStatus.IN_PROGRESS, null));
    }

    @Test
    void readsCheckboxListsAsOpenOrDone() {
        Retro retro = parse("actions-checkboxes.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::status)
                .containsExactly(tuple("Add retry to the importer", "Charlie", ItemStatus.OPEN),
                        tuple("Pin the base image", "Dana", ItemStatus.DONE),
                        tuple("Review the SLOs", null, ItemStatus.OPEN));
    }

    @Test
    void takesPriorityAndCategoryFromGroupingHeadingsAndBoldLabels() {
        Retro retro = parse("actions-grouped.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::priority,
                        Retro.ActionItem::category)
                .containsExactly(tuple("Fix the deploy script", Priority.HIGH, null),
                        tuple("Patch the auth bypass", Priority.CRITICAL, null),
                        tuple("Shorter stand-ups", null, "Process Improvements"),
                        tuple("Cache the dependency graph", null, "Technical Improvements"));
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

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(3, 3, null, 13, 40));
    }

    @Test
    void readsFiguresWrittenInProse() {
        Retro retro = parse("metrics-prose.md");

        // "delivered … across 8 stories (29 story points)": 29 points delivered as well as planned
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 8, 29, 29, 127));
    }

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
    void warnsWithLineNumbersAboutTablesItCannotRead() {
        Retro retro = RetroMarkdownParser.parse("""
                # Retro

                ## Action Items

                | Foo | Bar |
                |-----|-----|
                | a | b |
                """);

        assertThat(retro.actionItems()).isEmpty();
        assertThat(retro.warnings()).extracting(Retro.ParseWarning::line).contains(3, 5);
    }

    /** Findings of an independent probe with unseen retros: each once came back wrong. */
    @Test
    void readsTheShapesAnIndependentProbeFoundMisread() {
        Retro retro = parse("probe-regressions.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("DS-07", "Search Relevance Tuning"));
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 7, 34, 29, null));
        assertThat(retro.techDebt()).isEmpty();
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::category, Retro.ActionItem::debtId, Retro.ActionItem::status)
                .containsExactly(
                        tuple("Time-split training data", "Priya", null, null, null),
                        tuple("Prefix cache keys with tenant id", "Charlie", "Debt paydown", "TD-12-01",
                                ItemStatus.IN_PROGRESS),
                        tuple("Replace fixed sleeps in the UI suite", "Dana", "Technical", null, null),
                        tuple("Golden-file tests for exports", "Elena", "Technical", null, null));
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status)
                .containsExactly(tuple("Make Parquet the default export format", ItemStatus.DONE),
                        tuple("Migrate CI to the new runners", ItemStatus.DEFERRED),
                        tuple("Open questions — write the FAQ", null));
    }

    @Test
    void readsMoreShapesTheProbeFound() {
        Retro retro = parse("probe-regressions-2.md");

        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 2, 18));
        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.participants()).containsExactly("Alice", "Charlie", "Dana");
        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::title, Retro.Story::points,
                        Retro.Story::status)
                .containsExactly(tuple("PAY-3.1", "Idempotency keys on /charge", 5, ItemStatus.DONE),
                        tuple("3.2", "Retry budget for PSP calls", null, ItemStatus.DONE),
                        tuple("3.3", "Webhook signature verification", 5, ItemStatus.DONE));
        assertThat(retro.actionItems()).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("Add type-check to the preferences web client");
            assertThat(action.acceptanceCriteria()).isEqualTo("tsc runs in CI and blocks merge");
        });
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title, Retro.TechDebtItem::effort)
                .containsExactly(tuple("Detox tests rely on fixed sleeps", "~1 day"),
                        tuple("Onboarding strings not in Lokalise yet", "4h"));
        assertThat(retro.followThrough()).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Design review before sprint start");
            assertThat(row.status()).isEqualTo(ItemStatus.DONE);
            assertThat(row.evidence()).isEqualTo("Marcus now shares Figma on day 1");
        });
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("PAY-4", "Strong Customer Authentication", 5));
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
    void readsInlineFieldsWrittenAfterADashOnNumberedActionLines() {
        Retro retro = parse("actions-dashed-fields.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline, Retro.ActionItem::priority, Retro.ActionItem::status)
                .containsExactly(
                        tuple("Ask the bank for a statement-file sample", "Priya", "2026-05-04", Priority.HIGH, null),
                        tuple("Make the export job restartable", "Omar", "end of Epic 31", Priority.CRITICAL,
                                ItemStatus.IN_PROGRESS),
                        tuple("Document the CSV column order", "Lena", null, Priority.MEDIUM, null),
                        tuple("Add a dry-run flag", "Omar", null, null, ItemStatus.DONE),
                        tuple("Compare totals with the ledger — nightly, not weekly", null, null, null, null));
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
    void readsMoscowWordsSeverityLevelsAndABarePriorityCodeAmongInlineFields() {
        Retro retro = parse("priorities-moscow-and-severity.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline, Retro.ActionItem::priority)
                .containsExactly(tuple("Alert on bounced reminders", "priya", "Fri 8 May", Priority.CRITICAL),
                        tuple("Document the SMS provider limits", "Omar", null, Priority.MEDIUM),
                        tuple("Review the reminder wording with legal", "Lena", null, null),
                        tuple("Rate-limit reminder sends per tenant", "Omar", null, Priority.HIGH),
                        tuple("Show the next reminder date in the UI", "Lena", null, Priority.MEDIUM),
                        tuple("Tidy the template folder", "Sam", null, Priority.LOW));
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::priority,
                        Retro.TechDebtItem::status)
                .containsExactly(tuple("TD-31-06", Priority.CRITICAL, ItemStatus.OPEN),
                        tuple("TD-31-07", Priority.HIGH, ItemStatus.OPEN),
                        tuple("TD-31-08", Priority.MEDIUM, ItemStatus.OPEN));
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
    void readsPlainFiguresUnderAtAGlanceAndPointsAbbreviatedAsPtsInProse() {
        assertThat(parse("metrics-glance-and-abbreviated-points.md").delivery())
                .isEqualTo(new Retro.Delivery(5, 4, 18, 15, 37));
        assertThat(parse("metrics-prose-abbreviated-points.md").delivery())
                .isEqualTo(new Retro.Delivery(5, 4, 18, 15, 37));
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
    void readsAStatusWrittenAfterThePointsOfANumberedBoldStoryLine() {
        assertThat(parse("stories-numbered-bold-status-after-points.md").stories()).containsExactly(
                new Retro.Story("3.1", "Barcode labels at the draw station", 5, ItemStatus.DONE),
                new Retro.Story("3.2", "Courier hand-off scanning", 3, ItemStatus.IN_PROGRESS),
                new Retro.Story("3.3", "Label reprint (for torn tubes)", 2, null));
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
    void takesATechDebtFieldHoldingOnlyADebtIdAsTheActionsDebtId() {
        assertThat(parse("actions-bold-paragraph-tech-debt-field.md").actionItems())
                .extracting(Retro.ActionItem::title, Retro.ActionItem::owner, Retro.ActionItem::debtId)
                .containsExactly(
                        tuple("Replace floating-point arithmetic in the tolerance calculator", "Charlie", "TD-E7-01"),
                        tuple("Hold a refinement on story size", "Alice", null));
    }

    @Test
    void readsInlineFieldsFollowedByANoteAndKeepsTheNoteOutOfTheTitle() {
        Retro retro = parse("actions-inline-fields-then-a-note.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Move the key derivation off the main thread", "Charlie"),
                        tuple("Keep the ratio (3:1) visible in the dashboard — for the weekly review", null));
        assertThat(retro.actionItems().getFirst().originalText()).contains("same as the KDF debt item");
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
    void readsATrailingMentionAndDateAsOwnerAndDeadlineAndLinksAnActionNamingADebtKey() {
        Retro retro = parse("actions-confluence-tasks-with-mentions.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title)
                .containsExactly(tuple("IRR-231", "Valve API retries are not idempotent"));
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline, Retro.ActionItem::debtId)
                .containsExactly(
                        tuple("Make valve commands idempotent, see IRR-231", "Tunde Bakare", "04 Dec 2026", "IRR-231"),
                        tuple("Read the vendor API limits page", "Hannah Cole", null, null),
                        tuple("Email support@example.com about the outage", null, null, null));
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
    void readsAFigureInASentenceWrappedOntoTheNextLineAndAnAllDoneTotalAsPlannedToo() {
        assertThat(parse("metrics-prose-wrapped-sentence-and-all-done-total.md").delivery())
                .isEqualTo(new Retro.Delivery(8, 8, 34, 34, 112));
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
    void readsTwoFiguresInTheOrderTheLabelNamesThem() {
        Retro.Delivery delivery = parse("metrics-table-order-named-in-label.md").delivery();

        assertThat(delivery.storiesPlanned()).isEqualTo(7);
        assertThat(delivery.storiesCompleted()).isEqualTo(6);
        assertThat(delivery.pointsPlanned()).isEqualTo(38);
        assertThat(delivery.pointsCompleted()).isEqualTo(33);
    }

    @Test
    void keepsTasksInACategoryLabelButNotWhenTheLabelOnlyNamesAPriority() {
        assertThat(parse("actions-tasks-label-category.md").actionItems())
                .extracting(Retro.ActionItem::title, Retro.ActionItem::category, Retro.ActionItem::priority)
                .containsExactly(tuple("Deduplicate outage SMS per customer", "Technical Tasks", null),
                        tuple("Rename the alerts channel", "Quick tasks", null),
                        tuple("Rotate the API keys", null, Priority.HIGH));
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
    void takesATrackerKeyInADebtRegistersPlainIdColumnAsTheEntrysIdAndLinksActionsToIt() {
        Retro retro = parse("debt-register-plain-id-column.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id).containsExactly("VOD-1", "VOD-2");
        assertThat(retro.actionItems()).extracting(Retro.ActionItem::debtId).containsExactly("VOD-1", null);
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
    void takesABarePointsFigureAsDoneTooOnlyWhenEveryPlannedStoryWasDone() {
        Retro allDone = parse("metrics-all-stories-done-and-bare-points.md");
        Retro someOpen = parse("metrics-some-stories-open-and-bare-points.md");

        assertThat(allDone.delivery()).isEqualTo(new Retro.Delivery(8, 8, 41, 41, null));
        assertThat(someOpen.delivery()).isEqualTo(new Retro.Delivery(6, 5, 34, null, null));
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
    void keepsACategoryLabelAsWrittenButNotOneThatOnlyNamesAPriority() {
        Retro retro = parse("actions-category-label-kept-as-written.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::category, Retro.ActionItem::priority)
                .containsExactly(tuple("Technical Debt Actions", null), tuple(null, Priority.HIGH));
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
    void readsPointsOfTheTotalAndTheNextEpicNamedInAHeadingsBracket() {
        Retro retro = parse("metrics-and-next-epic-in-a-heading-bracket.md");

        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(8, 8, 34, 34, 112));
        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("9", "Special Meal Tracking", 5));
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
    void dropsAnEmojiClosingTheTitleAndReadsPointsOutOfAPlanAndAnApproximateTestCount() {
        Retro retro = parse("title-trailing-emoji-and-approximate-figures.md");

        assertThat(retro.epic()).isEqualTo(new Retro.EpicRef("2", "Hive Weight Telemetry"));
        assertThat(retro.delivery()).isEqualTo(new Retro.Delivery(6, 6, 34, 34, 120));
    }

    @Test
    void readsHeaderFactsOnLinesOfTheirOwnApartWhenNoSentenceGoesOn() {
        Retro retro = parse("header-facts-on-lines-of-their-own.md");

        assertThat(retro.facilitator()).isEqualTo("Bob");
        assertThat(retro.date()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void keepsTheRetrosOwnNumberedActionsWithoutStatusesAsActionsBeforeAPlainNextStepsSection() {
        Retro retro = parse("actions-own-numbered-headings-before-next-steps.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Pin the SDK version", "Charlie"), tuple("Share the load-test results", "Dana"));
        assertThat(retro.followThrough()).isEmpty();
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
    void takesNoIdFromAStandardsNameOpeningADebtEntry() {
        Retro retro = parse("debt-register-opening-with-a-standards-name.md");

        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::id, Retro.TechDebtItem::title)
                .containsExactly(tuple(null, "UTF-8: CSV export breaks on accented names"),
                        tuple(null, "SHA-1 — still used for webhook signatures"));
    }

    @Test
    void takesNoNextEpicTitleFromASentenceNorAnIdFromATargetNorACountFromAnotherFigure() {
        Retro retro = parse("next-epic-false-friends.md");

        assertThat(retro.nextEpic()).isNull();
    }

    @Test
    void keepsAFollowUpOnSomethingOtherThanEarlierPromisesAsActions() {
        Retro retro = parse("actions-follow-up-on-other-things.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title)
                .containsExactly("Call the three venues that lost a booking");
        assertThat(retro.followThrough()).isEmpty();
    }

    @Test
    void readsAnItemsFieldsOnBothSidesOfACommentAndKeepsAMathsSignOpeningATitle() {
        Retro retro = parse("actions-heading-fields-around-a-comment.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::status)
                .containsExactly(tuple("Move the digest to local time", "Alice", ItemStatus.IN_PROGRESS),
                        tuple("≥ 99.9% uptime for the booking API", "Charlie", null));
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

    @Test
    void readsANextEpicTitleWrappedOntoTheNextLineUpToItsFullStop() {
        Retro retro = parse("next-epic-title-wrapped-onto-the-next-line.md");

        assertThat(retro.nextEpic()).isEqualTo(new Retro.NextEpic("7", "group lesson bundles at the rental desk", 3));
    }

    @Test
    void readsAnActionWhoseTitleHasAReflectionWordStoriesMovedOnAndStatusLabelsAfterASymbol() {
        Retro retro = parse("items-with-reflection-words-and-status-labels.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::status)
                .containsExactly(tuple("Hold groomer feedback after every sprint", "Priya", ItemStatus.IN_PROGRESS));
        assertThat(retro.stories()).extracting(Retro.Story::id, Retro.Story::status)
                .containsExactly(tuple("8.3", ItemStatus.DONE), tuple("8.4", ItemStatus.DEFERRED),
                        tuple("8.6", ItemStatus.DEFERRED));
        assertThat(retro.followThrough()).extracting(Retro.FollowThroughItem::title,
                        Retro.FollowThroughItem::status, Retro.FollowThroughItem::evidence)
                .containsExactly(
                        tuple("measure a sample rail before building the catalogue", ItemStatus.DONE,
                                "60 costumes measured in a day"),
                        tuple("move photos off the shared drive", ItemStatus.IN_PROGRESS, "half migrated"));
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

    static Retro parse(String shape) {
        try (InputStream in = MarkdownShapesTest.class.getResourceAsStream("/parsing/shapes/" + shape)) {
            assertThat(in).as(shape).isNotNull();
            return RetroMarkdownParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
