package dev.retrotrack.metrics.item;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code retrotrack_action_items{team,kind,state}}: how many tracked items are in each state. Moves one item from
 * its old series to its new one per applied change; restored from the stored projection at start-up.
 */
public class ItemStateGauges {

    static final String NAME = "retrotrack.action.items";

    private final MeterRegistry registry;
    private final Map<ItemStateKey, AtomicLong> counts = new ConcurrentHashMap<>();

    public ItemStateGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    public void restore(ItemStateKey key, long count) {
        gauge(key).set(count);
    }

    /** An item moved from {@code from} (null when it is new) to {@code to}. */
    public void moved(ItemStateKey from, ItemStateKey to) {
        if (from != null) {
            gauge(from).decrementAndGet();
        }
        gauge(to).incrementAndGet();
    }

    public long count(ItemStateKey key) {
        AtomicLong count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    private AtomicLong gauge(ItemStateKey key) {
        return counts.computeIfAbsent(key, k -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(NAME, count, AtomicLong::doubleValue)
                    .description("Tracked action and debt items, per team, kind and state")
                    .tag("team", k.team())
                    .tag("kind", k.kind().name())
                    .tag("state", k.state().name())
                    .register(registry);
            return count;
        });
    }
}
