package dev.retrotrack.tracker.item.application;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import dev.retrotrack.events.Priority;
import dev.retrotrack.tracker.item.DueDatePolicy;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code retrotrack.tracker.*}: the due-date policy and the overdue check.
 *
 * @param serviceLevels   days an item of each priority may stay open, counted from its retro's date
 *                        ({@code retrotrack.tracker.service-levels.critical=7d} …); missing ones keep their default
 * @param unknownPriority whose service level applies to items without a priority
 * @param sprintLength    what "end of sprint" means
 * @param zone            whose calendar decides when a day is over
 *                        (how often the overdue check runs, {@code retrotrack.tracker.overdue-check}, is read by its
 *                        schedule directly)
 */
@Validated
@ConfigurationProperties("retrotrack.tracker")
public record TrackerProperties(Map<Priority, Duration> serviceLevels, @NotNull Priority unknownPriority,
                                @NotNull Duration sprintLength, @NotNull ZoneId zone) {

    public DueDatePolicy dueDatePolicy() {
        Map<Priority, Period> levels = new EnumMap<>(DueDatePolicy.DEFAULT.serviceLevels());
        if (serviceLevels != null) {
            serviceLevels.forEach((priority, duration) -> levels.put(priority, days(duration)));
        }
        return new DueDatePolicy(levels, unknownPriority, days(sprintLength));
    }

    private static Period days(Duration duration) {
        return Period.ofDays(Math.toIntExact(duration.toDays()));
    }
}
