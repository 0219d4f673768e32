package dev.retrotrack.metrics.item.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.metrics.item.ItemStateGauges;
import dev.retrotrack.metrics.item.ItemStateKey;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A restarted service rebuilds the same numbers from what it stored, and a replay changes nothing. */
@RetrotrackIntegrationTest
class ItemStateProjectionRestartIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void restartedProjectionRestoresTheSameCountsAndIgnoresAReplayedHistory() {
        String team = TestTeams.unique("restart");
        ItemStateGauges before = new ItemStateGauges(new SimpleMeterRegistry());
        ItemStateProjection running = new ItemStateProjection(mongo, before);
        ActionItemStateChanged[] history = {
                change(team, "a", null, ItemStatus.OPEN, 1),
                change(team, "b", null, ItemStatus.OPEN, 1),
                change(team, "a", ItemStatus.OPEN, ItemStatus.DONE, 2)};
        for (ActionItemStateChanged change : history) {
            assertThat(running.apply(change)).isTrue();
        }

        ItemStateGauges after = new ItemStateGauges(new SimpleMeterRegistry());
        ItemStateProjection restarted = new ItemStateProjection(mongo, after);
        restarted.afterSingletonsInstantiated();
        for (ActionItemStateChanged change : history) {
            assertThat(restarted.apply(change)).isFalse();
        }

        for (ItemStatus state : ItemStatus.values()) {
            ItemStateKey key = new ItemStateKey(team, ItemKind.ACTION, state);
            assertThat(after.count(key)).as(state.name()).isEqualTo(before.count(key));
        }
        assertThat(after.count(new ItemStateKey(team, ItemKind.ACTION, ItemStatus.OPEN))).isEqualTo(1);
        assertThat(after.count(new ItemStateKey(team, ItemKind.ACTION, ItemStatus.DONE))).isEqualTo(1);
    }

    private static ActionItemStateChanged change(String team, String item, ItemStatus from, ItemStatus to,
                                                 long version) {
        return new ActionItemStateChanged(team + "-" + item, team, "E-1", ItemKind.ACTION, item, from, to,
                Instant.parse("2026-11-20T12:00:00Z"), ChangeCause.RETRO, "r", null, null, null, version, false, 0, null);
    }
}
