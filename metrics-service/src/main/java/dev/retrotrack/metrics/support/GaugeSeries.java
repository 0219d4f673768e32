package dev.retrotrack.metrics.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The series of one gauge, replaced as a whole from stored truth. A series that stays keeps its registered meter
 * and only its value changes; only series that appear or vanish are registered or removed. (Re-registering every
 * series on every refresh, {@code MultiGauge.register(rows, true)}, removes and re-adds each meter, and a scrape
 * that raced with it was answered 500 for duplicate labels: found by the backfill benchmark.)
 */
public final class GaugeSeries {

    private final MultiGauge gauge;
    private final Map<Tags, Value> values = new ConcurrentHashMap<>();

    public GaugeSeries(MultiGauge gauge) {
        this.gauge = gauge;
    }

    /** Sets every series to these values; series not named here disappear. */
    public synchronized void replace(Map<Tags, ? extends Number> series) {
        values.keySet().retainAll(series.keySet());
        series.forEach((tags, value) -> values.computeIfAbsent(tags, added -> new Value()).set(value.doubleValue()));
        List<MultiGauge.Row<?>> rows = values.entrySet().stream()
                .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue(), Value::get))
                .toList();
        gauge.register(rows, false);
    }

    /** Holds one series' value; the meter reads it at each scrape. */
    private static final class Value {

        private volatile double value;

        void set(double newValue) {
            value = newValue;
        }

        double get() {
            return value;
        }
    }
}
