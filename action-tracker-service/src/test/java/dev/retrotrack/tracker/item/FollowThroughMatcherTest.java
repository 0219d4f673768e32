package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.api.Test;

class FollowThroughMatcherTest {

    private static final TrackedItem.RetroContext EPIC_6 = new TrackedItem.RetroContext("r6", "6",
            LocalDate.of(2026, 2, 25), Instant.parse("2026-02-25T10:00:00Z"));

    private static TrackedItem action(String title) {
        return TrackedItem.raise("phoenix", new ItemDraft(ItemKind.ACTION, title, null, null, null, null, null, null,
                null, null), EPIC_6, DueDatePolicy.DEFAULT);
    }

    private static TrackedItem debt(String id, String title) {
        return TrackedItem.raise("phoenix", new ItemDraft(ItemKind.DEBT, title, null, null, null, null, id, null,
                null, null), EPIC_6, DueDatePolicy.DEFAULT);
    }

    private static Retro.FollowThroughItem row(String title) {
        return new Retro.FollowThroughItem(title, ItemStatus.DONE, null);
    }

    private static final List<TrackedItem> EARLIER = List.of(
            action("Standardize Security Interceptor"),
            action("Mandatory \"Hardware Honest\" Planning"),
            action("Stochastic Integration Spike"),
            action("Document DAPR threading model in project-context.md"),
            action("Create pre-development self-review checklist"),
            debt("TD-DM09-04", "Hardcoded Service Version"));

    @Test
    void matchesRewordedRowsToTheirItems() {
        List<FollowThroughMatcher.Match> matches = FollowThroughMatcher.match(List.of(
                row("Standardized the security interceptor"),
                row("Hardware-honest planning"),
                row("Documented DAPR threading model")), EARLIER);

        assertThat(matches).extracting(match -> match.item().title()).containsExactly(
                "Standardize Security Interceptor", "Mandatory \"Hardware Honest\" Planning",
                "Document DAPR threading model in project-context.md");
    }

    @Test
    void debtIdInTheRowMatchesThatDebtItemWhateverTheWords() {
        FollowThroughMatcher.Match match = FollowThroughMatcher.match(List.of(row("TD-DM09-04 fixed")), EARLIER)
                .getFirst();

        assertThat(match.item().debtId()).isEqualTo("TD-DM09-04");
    }

    @Test
    void rowsLikeNoEarlierItemStayUnmatchedWithAReason() {
        FollowThroughMatcher.Match match = FollowThroughMatcher.match(List.of(row("Migrate billing to Kafka")),
                EARLIER).getFirst();

        assertThat(match.matched()).isFalse();
        assertThat(match.unmatchedReason()).contains("no earlier item");
    }

    @Test
    void aRowThatFitsTwoItemsEquallyIsNotGuessed() {
        List<TrackedItem> twins = List.of(action("Add metrics to ingest"), action("Add metrics to tracker"));

        FollowThroughMatcher.Match match = FollowThroughMatcher.match(List.of(row("Add metrics")), twins).getFirst();

        assertThat(match.matched()).isFalse();
        assertThat(match.unmatchedReason()).contains("more than one");
    }

    @Test
    void recurringActionIsMatchedToItsOpenNewestItem() {
        TrackedItem.RetroContext epic7 = new TrackedItem.RetroContext("r7", "7", LocalDate.of(2026, 3, 20),
                Instant.parse("2026-03-20T10:00:00Z"));
        TrackedItem olderDone = action("Add more tests").transition(ItemStatus.DONE, null, "alice",
                Instant.parse("2026-03-01T10:00:00Z"));
        TrackedItem newerOpen = TrackedItem.raise("phoenix", new ItemDraft(ItemKind.ACTION, "Add more tests", null,
                null, null, null, null, null, null, null), epic7, DueDatePolicy.DEFAULT);

        FollowThroughMatcher.Match match = FollowThroughMatcher.match(List.of(row("Added more tests")),
                List.of(olderDone, newerOpen)).getFirst();

        assertThat(match.item().id()).isEqualTo(newerOpen.id());
    }

    @Test
    void eachItemIsMatchedByOneRowAtMost() {
        List<FollowThroughMatcher.Match> matches = FollowThroughMatcher.match(List.of(
                row("Stochastic integration spike"), row("Stochastic integration spike done")), EARLIER);

        assertThat(matches.get(0).matched()).isTrue();
        assertThat(matches.get(1).matched()).isFalse();
    }
}
