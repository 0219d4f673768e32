package dev.retrotrack.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class GaugeSeriesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GaugeSeries series = new GaugeSeries(MultiGauge.builder("items").register(registry));

    @Test
    void aSeriesThatStaysKeepsItsMeterAndShowsTheNewValue() {
        series.replace(Map.of(Tags.of("team", "phoenix"), 3, Tags.of("team", "falcon"), 1));
        Gauge phoenix = registry.get("items").tags("team", "phoenix").gauge();

        series.replace(Map.of(Tags.of("team", "phoenix"), 5, Tags.of("team", "falcon"), 1));

        assertThat(registry.get("items").tags("team", "phoenix").gauge()).isSameAs(phoenix);
        assertThat(phoenix.value()).isEqualTo(5.0);
    }

    @Test
    void aSeriesNotNamedAgainDisappearsAndOneThatComesBackStartsFromItsNewValue() {
        series.replace(Map.of(Tags.of("team", "phoenix"), 3, Tags.of("team", "falcon"), 1));

        series.replace(Map.of(Tags.of("team", "phoenix"), 3));
        assertThat(registry.find("items").tags("team", "falcon").gauge()).isNull();

        series.replace(Map.of(Tags.of("team", "phoenix"), 3, Tags.of("team", "falcon"), 7));
        assertThat(registry.get("items").tags("team", "falcon").gauge().value()).isEqualTo(7.0);
    }
}
