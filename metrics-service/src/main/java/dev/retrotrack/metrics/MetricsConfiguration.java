package dev.retrotrack.metrics;

import dev.retrotrack.metrics.item.ItemStateGauges;
import dev.retrotrack.metrics.item.OverdueItemGauges;
import dev.retrotrack.metrics.retro.EpicDeliveryGauges;
import dev.retrotrack.metrics.retro.IngestedRetroCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The metric definitions, wired to the registry Prometheus scrapes. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    IngestedRetroCounter ingestedRetroCounter(MeterRegistry registry) {
        return new IngestedRetroCounter(registry);
    }

    @Bean
    EpicDeliveryGauges epicDeliveryGauges(MeterRegistry registry) {
        return new EpicDeliveryGauges(registry);
    }

    @Bean
    OverdueItemGauges overdueItemGauges(MeterRegistry registry) {
        return new OverdueItemGauges(registry);
    }

    @Bean
    ItemStateGauges itemStateGauges(MeterRegistry registry) {
        return new ItemStateGauges(registry);
    }
}
