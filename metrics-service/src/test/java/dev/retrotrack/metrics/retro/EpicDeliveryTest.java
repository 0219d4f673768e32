package dev.retrotrack.metrics.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EpicDeliveryTest {

    private static EpicDelivery.RetroFacts retro(String team, String epic, String date, Integer planned,
                                                 Integer completed) {
        return new EpicDelivery.RetroFacts(team, epic, LocalDate.parse(date), Instant.parse(date + "T12:00:00Z"),
                planned, completed, null, null, 0, 0);
    }

    @Test
    void eachEpicShowsItsLatestRetroAndOnlyTheMostRecentEpicsPerTeamAreKept() {
        List<EpicDelivery.Epic> epics = EpicDelivery.latest(List.of(
                retro("phoenix", "1", "2026-01-10", 4, 3),
                retro("phoenix", "2", "2026-02-10", 5, 5),
                retro("phoenix", "1", "2026-02-20", 4, 4),   // corrected retro of epic 1, posted later
                retro("phoenix", "3", "2026-03-10", 6, 2),
                retro("falcon", "9", "2026-01-01", 2, 1)), 2);

        assertThat(epics).extracting(EpicDelivery.Epic::team, EpicDelivery.Epic::epic,
                        EpicDelivery.Epic::storiesPlanned, EpicDelivery.Epic::storiesCompleted)
                .containsExactly(tuple("phoenix", "3", 6, 2), tuple("phoenix", "1", 4, 4),
                        tuple("falcon", "9", 2, 1));
    }

    @Test
    void followThroughRatioComesFromTheLatestRetroThatReportedOnItsPredecessor() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        var ratios = EpicDelivery.followThrough(List.of(
                new EpicDelivery.RetroFacts("phoenix", "2", day, Instant.parse("2026-03-01T12:00:00Z"), null, null,
                        null, null, 4, 1),
                new EpicDelivery.RetroFacts("phoenix", "3", day.plusDays(30), Instant.parse("2026-03-31T12:00:00Z"),
                        null, null, null, null, 5, 4),
                new EpicDelivery.RetroFacts("phoenix", "4", day.plusDays(60), Instant.parse("2026-04-30T12:00:00Z"),
                        null, null, null, null, 0, 0),   // no follow-through section: says nothing
                new EpicDelivery.RetroFacts("falcon", "1", day, Instant.parse("2026-03-01T12:00:00Z"), null, null,
                        null, null, 0, 0)));

        assertThat(ratios).containsExactly(java.util.Map.entry("phoenix", 0.8));
    }

    @Test
    void completionRatioNeedsBothFiguresAndSomethingPlanned() {
        assertThat(new EpicDelivery.Epic("t", "1", 4, 3, null, null).completionRatio()).isEqualTo(0.75);
        assertThat(new EpicDelivery.Epic("t", "1", 0, 0, null, null).completionRatio()).isNull();
        assertThat(new EpicDelivery.Epic("t", "1", null, 3, null, null).completionRatio()).isNull();
    }
}
