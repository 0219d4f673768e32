package dev.retrotrack.support.lifecycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Starts a {@link ParentProcessWatchdog} when {@code retrotrack.parent-pid} is set. */
@AutoConfiguration
@ConditionalOnProperty("retrotrack.parent-pid")
public class ParentProcessAutoConfiguration {

    @Bean
    ParentProcessWatchdog parentProcessWatchdog(@Value("${retrotrack.parent-pid}") long parentPid) {
        return new ParentProcessWatchdog(parentPid);
    }
}
