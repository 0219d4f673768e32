package dev.retrotrack.tracker.item.application;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tracker's settings and its clock (a bean, so tests can set the date). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackerProperties.class)
class TrackerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(TrackerProperties properties) {
        return Clock.system(properties.zone());
    }
}
