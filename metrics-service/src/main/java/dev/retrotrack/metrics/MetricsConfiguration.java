package dev.retrotrack.metrics;

import dev.retrotrack.metrics.epic.EpicMetrics;
import dev.retrotrack.metrics.item.ItemMetrics;
import dev.retrotrack.metrics.retro.IngestedRetroCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metric definitions, wired to the registry Prometheus scrapes. The two histograms built from stored
 * observations are Prometheus collectors, registered with the Prometheus registry the scrape endpoint reads.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    IngestedRetroCounter ingestedRetroCounter(MeterRegistry registry) {
        return new IngestedRetroCounter(registry);
    }

    @Bean
    EpicMetrics epicMetrics(MeterRegistry registry, PrometheusRegistry prometheus) {
        EpicMetrics metrics = EpicMetrics.register(registry);
        prometheus.register(metrics.leadTime());
        return metrics;
    }

    @Bean
    ItemMetrics itemMetrics(MeterRegistry registry, PrometheusRegistry prometheus) {
        ItemMetrics metrics = ItemMetrics.register(registry);
        prometheus.register(metrics.cycleTime());
        return metrics;
    }
}
