package dev.retrotrack.metrics.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EpicDeliveryTest {

    private static EpicDelivery.RetroFacts retro(String team, String epic, String date, Integer planned,
                                                 Integer completed) {
        return new EpicDelivery.RetroFacts(team, epic, LocalDate.parse(date), Instant.parse(date + "T12:00:00Z"),
                planned, completed, null, null, 0, 0);
    }

    private static EpicDelivery.StoryFacts story(String key, String epic, String started, String finished,
                                                 Integer points) {
        Instant start = started == null ? null : Instant.parse(started);
        Instant finish = finished == null ? null : Instant.parse(finished);
        Instant last = finish != null ? finish : start != null ? start : Instant.parse("2026-01-15T00:00:00Z");
        return new EpicDelivery.StoryFacts("phoenix", key, epic, finish != null, start, finish, finish, points, last);
    }

    @Test
    void eachEpicShowsItsLatestRetroAndOnlyTheMostRecentEpicsPerTeamAreKept() {
        List<EpicDelivery.Epic> epics = EpicDelivery.latest(List.of(
                retro("phoenix", "1", "2026-01-10", 4, 3),
                retro("phoenix", "2", "2026-02-10", 5, 5),
                retro("phoenix", "Epic 1", "2026-02-20", 4, 4),   // corrected retro of epic 1, posted later
                retro("phoenix", "3", "2026-03-10", 6, 2),
                retro("falcon", "DM-09", "2026-01-01", 2, 1)), List.of(), 2);

        assertThat(epics).extracting(EpicDelivery.Epic::team, EpicDelivery.Epic::epic,
                        EpicDelivery.Epic::storiesPlanned, EpicDelivery.Epic::storiesCompleted)
                .containsExactly(tuple("falcon", "DM-9", 2, 1), tuple("phoenix", "3", 6, 2),
                        tuple("phoenix", "1", 4, 4));
    }

    @Test
    void storiesGiveAllFiguresOfTheirEpicAndPointsOnlyWhenEveryStoryHasThem() {
        List<EpicDelivery.Epic> epics = EpicDelivery.epics(
                List.of(new EpicDelivery.RetroFacts("phoenix", "Epic 1", LocalDate.parse("2026-01-10"),
                                Instant.parse("2026-01-10T12:00:00Z"), 4, 3, 21, 13, 0, 0),
                        new EpicDelivery.RetroFacts("phoenix", "2", LocalDate.parse("2026-01-20"),
                                Instant.parse("2026-01-20T12:00:00Z"), 9, 9, 30, 30, 0, 0)),
                List.of(story("1-1-a", "1", "2026-02-01T09:00:00Z", "2026-02-03T09:00:00Z", 3),
                        story("1-2-b", "1", "2026-02-02T09:00:00Z", null, null),
                        story("1-3-c", "1", null, null, null),
                        story("2-1-a", "2", null, "2026-02-04T09:00:00Z", 5),
                        story("2-2-b", "2", "2026-02-01T09:00:00Z", "2026-02-02T09:00:00Z", 8)));

        assertThat(epics).extracting(EpicDelivery.Epic::epic, EpicDelivery.Epic::source,
                        EpicDelivery.Epic::storiesPlanned, EpicDelivery.Epic::storiesCompleted,
                        EpicDelivery.Epic::pointsPlanned, EpicDelivery.Epic::pointsCompleted)
                .containsExactly(
                        tuple("2", EpicDelivery.Source.STORIES, 2, 2, 13, 13),
                        // the retro's 21/13 points are not mixed with live story counts
                        tuple("1", EpicDelivery.Source.STORIES, 3, 1, null, null));
        assertThat(epics.get(1).completionRatio()).isEqualTo(1.0 / 3);
        assertThat(epics.get(1).leadTimes()).isEqualTo(
                new EpicDelivery.LeadTimes(1, Duration.ofDays(2), Duration.ofDays(2)));
        // 2-1-a went straight to done: no lead time for it
        assertThat(epics.get(0).leadTimes().count()).isEqualTo(1);
    }

    @Test
    void leadTimeSummaryHasTheMedianAndMeanOfFinishedStories() {
        List<EpicDelivery.StoryFacts> stories = List.of(
                story("1-1-a", "1", "2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z", null),   // 1 day
                story("1-2-b", "1", "2026-02-01T00:00:00Z", "2026-02-04T00:00:00Z", null),   // 3 days
                story("1-3-c", "1", "2026-02-01T00:00:00Z", "2026-02-09T00:00:00Z", null),   // 8 days
                story("1-4-d", "1", "2026-02-01T00:00:00Z", "2026-02-11T00:00:00Z", null));  // 10 days

        EpicDelivery.LeadTimes leadTimes = EpicDelivery.epics(List.of(), stories).getFirst().leadTimes();

        assertThat(leadTimes).isEqualTo(new EpicDelivery.LeadTimes(4, Duration.ofDays(11).dividedBy(2),
                Duration.ofDays(22).dividedBy(4)));
    }

    @Test
    void leadTimeIsFirstStartToFirstFinishEvenAfterAReopen() {
        EpicDelivery.StoryFacts reopenedAndDoneAgain = new EpicDelivery.StoryFacts("phoenix", "1-1-a", "1", true,
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-03T00:00:00Z"),
                Instant.parse("2026-02-09T00:00:00Z"), null, Instant.parse("2026-02-09T00:00:00Z"));
        EpicDelivery.StoryFacts reopened = new EpicDelivery.StoryFacts("phoenix", "1-2-b", "1", false,
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"), null, null,
                Instant.parse("2026-02-05T00:00:00Z"));

        assertThat(reopenedAndDoneAgain.leadTime()).isEqualTo(Duration.ofDays(2));
        assertThat(reopened.leadTime()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aStoryWithoutAnEpicCountsForNoEpic() {
        assertThat(EpicDelivery.epics(List.of(retro("phoenix", "Epic", "2026-01-10", 4, 3)),
                List.of(story("PAY-12", null, null, "2026-02-01T00:00:00Z", 3)))).isEmpty();
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

        assertThat(ratios).containsExactly(Map.entry("phoenix", 0.8));
    }

    @Test
    void completionRatioNeedsBothFiguresAndSomethingPlanned() {
        assertThat(epic(4, 3).completionRatio()).isEqualTo(0.75);
        assertThat(epic(0, 0).completionRatio()).isNull();
        assertThat(epic(null, 3).completionRatio()).isNull();
    }

    private static EpicDelivery.Epic epic(Integer planned, Integer completed) {
        return new EpicDelivery.Epic("t", "1", planned, completed, null, null, EpicDelivery.Source.RETRO,
                Instant.EPOCH, List.of());
    }
}
