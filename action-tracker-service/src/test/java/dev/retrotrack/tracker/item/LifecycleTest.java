package dev.retrotrack.tracker.item;

import static dev.retrotrack.events.ItemStatus.BLOCKED;
import static dev.retrotrack.events.ItemStatus.DEFERRED;
import static dev.retrotrack.events.ItemStatus.DONE;
import static dev.retrotrack.events.ItemStatus.DROPPED;
import static dev.retrotrack.events.ItemStatus.IN_PROGRESS;
import static dev.retrotrack.events.ItemStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.events.ItemStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @CsvSource({
            "OPEN, IN_PROGRESS, true", "OPEN, DONE, true", "OPEN, BLOCKED, true", "OPEN, DEFERRED, true",
            "IN_PROGRESS, OPEN, true", "IN_PROGRESS, DONE, true", "IN_PROGRESS, BLOCKED, true",
            "BLOCKED, OPEN, true", "BLOCKED, IN_PROGRESS, true", "BLOCKED, DONE, false",
            "DEFERRED, OPEN, true", "DEFERRED, DONE, false", "DEFERRED, BLOCKED, false",
            "DONE, OPEN, true", "DONE, IN_PROGRESS, true", "DONE, BLOCKED, false", "DONE, DEFERRED, false",
            "DROPPED, OPEN, false", "DROPPED, DONE, false", "OPEN, OPEN, false", "DONE, DONE, false"})
    void allowsExactlyTheDocumentedMoves(ItemStatus from, ItemStatus to, boolean allowed) {
        assertThat(Lifecycle.allows(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = "DROPPED", mode = EnumSource.Mode.EXCLUDE)
    void everyStateButDroppedCanBeDropped(ItemStatus from) {
        assertThat(Lifecycle.allows(from, DROPPED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void onlyWorkingStatesAreOpen(ItemStatus status) {
        assertThat(Lifecycle.isOpen(status)).isEqualTo(status == OPEN || status == IN_PROGRESS || status == BLOCKED);
        assertThat(Lifecycle.isOpen(DONE) || Lifecycle.isOpen(DEFERRED)).isFalse();
    }
}
