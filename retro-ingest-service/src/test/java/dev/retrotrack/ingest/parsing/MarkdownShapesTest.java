package dev.retrotrack.ingest.parsing;

import static dev.retrotrack.ingest.parsing.ShapeDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

/**
 * Whole documents that mix several shapes at once, each from a probe with unseen retros; the shapes one by one are in
 * the {@code *ShapesTest} classes beside this one (documents in src/test/resources/parsing/shapes).
 */
class MarkdownShapesTest {

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
}
