package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import dev.retrotrack.events.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatePolicyTest {

    private static final LocalDate RETRO = LocalDate.of(2026, 1, 10);
    private static final DueDatePolicy POLICY = DueDatePolicy.DEFAULT;

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = ';', value = {
            "2026-02-01; 2026-02-01",
            "by 2026-02-01; 2026-02-01",
            "Jan 15; 2026-01-15",
            "January 15th; 2026-01-15",
            "15 Jan; 2026-01-15",
            "Feb 3, 2027; 2027-02-03",
            "by 15/01/2026; 2026-01-15",
            "01/15/2026; 2026-01-15",
            "Q1 2026; 2026-03-31",
            "end of Q2; 2026-06-30",
            "March 2026; 2026-03-31",
            "end of sprint; 2026-01-24",
            "in 2 weeks; 2026-01-24",
            "within 10 days; 2026-01-20",
            "next week; 2026-01-17",
            "end of week; 2026-01-16",
            "end of month; 2026-01-31",
            "next month; 2026-02-28",
            "Dec 1; 2026-12-01",
            "Jan 2; 2026-01-02",
            "Nov 1; 2026-11-01"})
    void explicitDatesInCommonFormsBecomeTheDueDate(String phrase, LocalDate expected) {
        Due due = POLICY.resolve(phrase, Priority.LOW, RETRO);

        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.basis()).isEqualTo(Due.Basis.EXPLICIT);
        assertThat(due.phrase()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "''{0}'' with priority {1} → due in {2} days")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Now; LOW; 7",
            "Immediate; null; 7",
            "ASAP; MEDIUM; 7",
            "Next sprint; HIGH; 14",
            "Next sprint; LOW; 90",
            "Before production; CRITICAL; 7",
            "Before production; null; 30",
            "Ongoing; MEDIUM; 30",
            "across epics; MEDIUM; 30",
            "null; HIGH; 14",
            "null; null; 30"})
    void relativePhrasesResolveByTheServiceLevelOfThePriority(String phrase, Priority priority, int days) {
        Due due = POLICY.resolve(phrase, priority, RETRO);

        assertThat(due.date()).isEqualTo(RETRO.plusDays(days));
        assertThat(due.basis()).isEqualTo(Due.Basis.SERVICE_LEVEL);
    }

    @ParameterizedTest(name = "''{0}'' waits for epic {1}")
    @CsvSource(delimiter = ';', value = {"Before Epic 9; 9", "Epic 9; 9", "before epic-12; 12", "DM-11; DM-11",
            "Before DM-10; DM-10"})
    void milestonePhrasesWaitForTheirEpic(String phrase, String epic) {
        Due due = POLICY.resolve(phrase, Priority.HIGH, RETRO);

        assertThat(due.date()).isNull();
        assertThat(due.basis()).isEqualTo(Due.Basis.MILESTONE);
        assertThat(due.milestone()).isEqualTo(epic);
        assertThat(due.awaits("epic " + epic)).isTrue();
    }

    @Test
    void backlogHasNoDueDate() {
        Due due = POLICY.resolve("Backlog", Priority.MEDIUM, RETRO);

        assertThat(due.date()).isNull();
        assertThat(due.basis()).isEqualTo(Due.Basis.BACKLOG);
    }

    @Test
    void impossibleDateFallsBackToTheServiceLevelInsteadOfFailing() {
        Due due = POLICY.resolve("31/02/2026", Priority.HIGH, RETRO);

        assertThat(due.date()).isEqualTo(RETRO.plusDays(14));
        assertThat(due.basis()).isEqualTo(Due.Basis.SERVICE_LEVEL);
    }

    @Test
    void serviceLevelsAndSprintLengthAreConfigurable() {
        DueDatePolicy strict = new DueDatePolicy(Map.of(Priority.CRITICAL, Period.ofDays(1),
                Priority.HIGH, Period.ofDays(3), Priority.MEDIUM, Period.ofDays(5), Priority.LOW, Period.ofDays(8)),
                Priority.LOW, Period.ofDays(7));

        assertThat(strict.resolve("Now", null, RETRO).date()).isEqualTo(RETRO.plusDays(1));
        assertThat(strict.resolve(null, null, RETRO).date()).isEqualTo(RETRO.plusDays(8));
        assertThat(strict.resolve("end of sprint", null, RETRO).date()).isEqualTo(RETRO.plusDays(7));
    }

    @Test
    void wordsThatMerelyStartLikeMonthsAreNotDates() {
        assertThat(POLICY.resolve("3 decisions pending", Priority.HIGH, RETRO).basis())
                .isEqualTo(Due.Basis.SERVICE_LEVEL);
    }
}
