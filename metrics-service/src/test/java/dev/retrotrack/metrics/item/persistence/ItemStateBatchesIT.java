package dev.retrotrack.metrics.item.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A poll's records applied as one batch leave exactly what applying them one by one leaves: the same states and
 * the same cycle-time observations, whatever the batch holds (several changes of one item, redeliveries, changes
 * out of order, items known before and new ones), and whatever was applied before. Seeded, so a failure repeats.
 */
@RetrotrackIntegrationTest
class ItemStateBatchesIT {

    private static final ItemStatus[] STATES = ItemStatus.values();

    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void batchesLeaveWhatSingleChangesLeave(long seed) {
        String single = TestTeams.unique("single");
        String batched = TestTeams.unique("batched");
        ItemStateProjection projection = new ItemStateProjection(mongo);
        List<Integer> history = shuffledHistory(new Random(seed));

        Random batchSizes = new Random(seed * 31);
        for (int start = 0; start < history.size(); ) {
            int end = Math.min(history.size(), start + 1 + batchSizes.nextInt(12));
            List<Integer> poll = history.subList(start, end);
            poll.forEach(index -> projection.apply(change(single, index, seed)));
            projection.applyAll(poll.stream().map(index -> change(batched, index, seed)).toList());
            start = end;
        }

        assertThat(states(batched)).isNotEmpty().isEqualTo(states(single));
        assertThat(cycleTimes(batched)).isEqualTo(cycleTimes(single));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void aBatchReplayedChangesNothing(long seed) {
        String team = TestTeams.unique("replay");
        ItemStateProjection projection = new ItemStateProjection(mongo);
        List<ActionItemStateChanged> all = shuffledHistory(new Random(seed)).stream()
                .map(index -> change(team, index, seed)).toList();
        projection.applyAll(all);
        List<String> before = states(team);

        assertThat(projection.applyAll(all)).isZero();
        assertThat(states(team)).isEqualTo(before);
    }

    /**
     * Changes of 6 items, each with versions 1..n (n random), each version possibly delivered twice; mostly in
     * order, with neighbours swapped now and then (a redelivery after a rebalance). Encoded as item * 100 + version.
     */
    private static List<Integer> shuffledHistory(Random random) {
        List<Integer> history = new ArrayList<>();
        for (int item = 0; item < 6; item++) {
            int versions = 1 + random.nextInt(6);
            for (int version = 1; version <= versions; version++) {
                history.add(item * 100 + version);
                if (random.nextInt(5) == 0) {
                    history.add(item * 100 + version);
                }
            }
        }
        Collections.shuffle(history, random);
        // Items interleave; within an item, versions ascend (each item's versions put back into its places in
        // order), then a few neighbours are swapped.
        for (int item = 0; item < 6; item++) {
            int itemNumber = item;
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i) / 100 == itemNumber) {
                    places.add(i);
                }
            }
            List<Integer> versions = places.stream().map(history::get).sorted().toList();
            for (int i = 0; i < places.size(); i++) {
                history.set(places.get(i), versions.get(i));
            }
        }
        for (int i = 1; i < history.size(); i++) {
            if (random.nextInt(8) == 0) {
                Collections.swap(history, i - 1, i);
            }
        }
        return history;
    }

    /** The change an index stands for: the item's state at that version follows from the seed. */
    private static ActionItemStateChanged change(String team, int index, long seed) {
        int item = index / 100;
        int version = index % 100;
        ItemStatus to = version == 1 ? ItemStatus.OPEN : STATES[(int) ((seed + item * 7 + version * 3) % STATES.length)];
        ItemStatus from = version == 1 ? null
                : version == 2 ? ItemStatus.OPEN : STATES[(int) ((seed + item * 7 + (version - 1) * 3) % STATES.length)];
        return new ActionItemStateChanged(team + "-" + item, team, "E-1", ItemKind.ACTION, "item " + item, from, to,
                Instant.parse("2026-11-01T12:00:00Z").plusSeconds(86_400L * version), ChangeCause.RETRO, "r", null,
                null, null, version, version % 2 == 0, version - 1, null);
    }

    /** Each item's stored state, with the team's name taken out so two teams compare. */
    private List<String> states(String team) {
        return mongo.find(Query.query(where("team").is(team)), ItemState.class).stream()
                .map(s -> s.itemId().substring(team.length()) + " " + s.state() + " " + s.version() + " "
                        + s.overdue() + " " + s.carriedOver() + " " + s.raisedAt())
                .sorted().toList();
    }

    private List<String> cycleTimes(String team) {
        return mongo.find(Query.query(where("team").is(team)), ItemCycleTime.class).stream()
                .map(Object::toString).map(text -> text.replace(team, "<team>")).sorted().toList();
    }
}
