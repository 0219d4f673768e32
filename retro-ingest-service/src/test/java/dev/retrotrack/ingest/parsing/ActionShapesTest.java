package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * Action items in the shapes real retros write them: tables with varying columns, numbered lines with inline
 * fields, bold paragraphs with field bullets, one heading per action, checkboxes, and the grouping headings and labels
 * that give them a category or a priority.
 */
class ActionShapesTest {

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
    void readsInlineFieldsFollowedByANoteAndKeepsTheNoteOutOfTheTitle() {
        Retro retro = parse("actions-inline-fields-then-a-note.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner)
                .containsExactly(tuple("Move the key derivation off the main thread", "Charlie"),
                        tuple("Keep the ratio (3:1) visible in the dashboard — for the weekly review", null));
        assertThat(retro.actionItems().getFirst().originalText()).contains("same as the KDF debt item");
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
    void keepsTasksInACategoryLabelButNotWhenTheLabelOnlyNamesAPriority() {
        assertThat(parse("actions-tasks-label-category.md").actionItems())
                .extracting(Retro.ActionItem::title, Retro.ActionItem::category, Retro.ActionItem::priority)
                .containsExactly(tuple("Deduplicate outage SMS per customer", "Technical Tasks", null),
                        tuple("Rename the alerts channel", "Quick tasks", null),
                        tuple("Rotate the API keys", null, Priority.HIGH));
    }

    @Test
    void keepsACategoryLabelAsWrittenButNotOneThatOnlyNamesAPriority() {
        Retro retro = parse("actions-category-label-kept-as-written.md");

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::category, Retro.ActionItem::priority)
                .containsExactly(tuple("Technical Debt Actions", null), tuple(null, Priority.HIGH));
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

    /** Review finding: "WIP:" and "Ready:" open titles of actions; without a symbol before them they are no status. */
    @Test
    void keepsAWordThatAlsoOpensTitlesInTheTitleWhenNoSymbolMarksItAStatus() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 5 Retrospective: Payments

                ## Action Items

                | Action | Owner | Status |
                |--------|-------|--------|
                | WIP: cap at two stories per dev | Ana | Open |
                | Ready: definition agreed with PO before planning | Bo | |

                - Done: move the nightly job to the new runner (Owner: Cy)
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status)
                .containsExactly(tuple("WIP: cap at two stories per dev", ItemStatus.OPEN),
                        tuple("Ready: definition agreed with PO before planning", null),
                        tuple("move the nightly job to the new runner", ItemStatus.DONE));
    }

    /** Second review: a bold status lead is the status whatever its word, and no part of the title. */
    @Test
    void readsABoldStatusLeadAsTheStatusWhateverTheWord() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retrospective: Fare Engine

                ## Action Items

                - **Closed:** Rotate keys
                - **Pending:** Write the fare rounding runbook (Owner: Dana)
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status,
                        Retro.ActionItem::owner)
                .containsExactly(tuple("Rotate keys", ItemStatus.DONE, null),
                        tuple("Write the fare rounding runbook", ItemStatus.OPEN, "Dana"));
    }

    /** Third review: a sub-heading that only mentions a reflection word still groups its items. */
    @Test
    void keepsSubHeadingsThatMentionAReflectionWordAsGroupingsOfItems() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Fares

                ## Action items

                ### Challenge-related actions

                - Add load test to CI (Owner: Kim)

                ### Kudos wall

                - Set up a kudos channel (Owner: Lee)

                ## Technical debt

                ### Items that hurt performance

                - N+1 queries on the fare list

                ### Learning platform debt

                - Old LMS adapter
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::owner).containsExactly("Kim", "Lee");
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::title)
                .containsExactly("N+1 queries on the fare list", "Old LMS adapter");
    }

    /** Third review: "label: Status, words" in a new action or debt entry is a description, not a status. */
    @Test
    void takesNoStatusFromALabelledDescriptionOfANewItem() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 3 Retrospective: Fares

                ## Action items

                - Release notes: Complete, customer-facing summaries every sprint (Owner: Ana)

                ## Technical debt

                - Auth tokens: Blocked, Expired, Revoked states are not distinguished in the UI
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status)
                .containsExactly(tuple("Release notes: Complete, customer-facing summaries every sprint", null));
        assertThat(retro.techDebt()).extracting(Retro.TechDebtItem::status).containsExactly((ItemStatus) null);
    }

    @Test
    void takesATrackerKeyUnderADebtFieldAsTheDebtTheActionWorksOff() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 7 Retro

                ## Technical Debt

                | ID | Debt | Priority |
                |----|------|----------|
                | ASP-2 | Reconciliation locks the ticket table | Critical |

                ## Follow-up Actions

                **Action 1: Run the reconciliation in batches**
                - **Owner:** Charlie
                - **Tech Debt:** ASP-2

                **Action 2: Get the temperature threshold in writing**
                - **Owner:** Alice
                - **Tech Debt:** none
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::debtId)
                .containsExactly(tuple("Run the reconciliation in batches", "ASP-2"),
                        tuple("Get the temperature threshold in writing", null));
    }

    @Test
    void takesATicketUnderAKeyThatDoesNotNameDebtAsNoDebtId() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Action Items

                **Action 1: Rotate the keys**
                - **Task:** OPS-7
                - **Owner:** Dana
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::debtId)
                .containsExactly(tuple("Rotate the keys", "Dana", null));
    }

    @Test
    void gluesNoWrappedLineOntoAnOwnerOrADateAndKeepsTheNumberedActionWithAWarning() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Action Items

                ### Action 3: Rotate the keys
                **Owner:** Dana
                **Due:** Friday
                escalate to ops if the vendor is late
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::deadline)
                .containsExactly(tuple("Rotate the keys", "Dana", "Friday"));
        assertThat(retro.warnings()).extracting(Retro.ParseWarning::line).contains(5);
    }

    @Test
    void keepsABracketThatNamesNoKnownStatusInTheTitle() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 4 Retro

                ## Action Items

                - **Fix flaky login test** (➡️ Moved to design)
                - **Rotate the keys** (➡️ Pushed to next sprint)
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::status)
                .containsExactly(tuple("Fix flaky login test (➡️ Moved to design)", null),
                        tuple("Rotate the keys", ItemStatus.DEFERRED));
    }

    @Test
    void readsTheFieldsUnderANumberedActionHeadingAsItsItemAndTheLabelledChecklistAfterThemAsItemsOfTheirOwn() {
        Retro retro = RetroMarkdownParser.parse("""
                # Epic 6 Retro

                ## ACTION ITEMS

                ### Action #3: Get night shift to sign the override rules
                - **Owner:** Alice

                **Tooling:**
                - [ ] Transcode quiz videos to 720p (Owner: Elena, Est: 4h)
                - [x] Add a scanner heartbeat (Owner: Dana, Est: 2h)
                """);

        assertThat(retro.actionItems()).extracting(Retro.ActionItem::title, Retro.ActionItem::owner,
                        Retro.ActionItem::category, Retro.ActionItem::status)
                .containsExactly(tuple("Get night shift to sign the override rules", "Alice", null, null),
                        tuple("Transcode quiz videos to 720p", "Elena", "Tooling", ItemStatus.OPEN),
                        tuple("Add a scanner heartbeat", "Dana", "Tooling", ItemStatus.DONE));
    }
}
