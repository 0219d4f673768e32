package dev.retrotrack.metrics.epic.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.retrotrack.events.Epics;
import dev.retrotrack.metrics.epic.EpicDelivery;
import dev.retrotrack.metrics.epic.persistence.EpicFigures;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.support.web.TeamPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The epic delivery figures as JSON, the same ones the metrics export, for people and scripts without Prometheus. */
@RestController
@RequestMapping("/api/v1/teams/{team}/epics")
class EpicController {

    private final EpicFigures figures;

    EpicController(EpicFigures figures) {
        this.figures = figures;
    }

    /** One epic's figures; unknown ones are {@code null}. */
    record EpicView(String epic, String source, Integer storiesPlanned, Integer storiesCompleted,
                    Integer pointsPlanned, Integer pointsCompleted, Double completionRatio, LeadTimeView leadTime,
                    Instant lastActivity) {

        static EpicView of(EpicDelivery.Epic epic) {
            return new EpicView(epic.epic(), epic.source().name().toLowerCase(java.util.Locale.ROOT),
                    epic.storiesPlanned(), epic.storiesCompleted(), epic.pointsPlanned(), epic.pointsCompleted(),
                    epic.completionRatio(), LeadTimeView.of(epic.leadTimes()), epic.lastActivity());
        }
    }

    /** Lead times of the epic's finished stories (first start to finish), in seconds. */
    record LeadTimeView(int stories, Long medianSeconds, Long meanSeconds) {

        static LeadTimeView of(EpicDelivery.LeadTimes leadTimes) {
            return new LeadTimeView(leadTimes.count(), seconds(leadTimes.median()), seconds(leadTimes.mean()));
        }
    }

    record EpicsResponse(String team, Double followThroughRatio, List<EpicView> epics) {
    }

    record StoryView(String key, boolean done, Instant startedAt, Instant finishedAt, Long leadTimeSeconds,
                     Integer points) {
    }

    record EpicResponse(String team, EpicView epic, List<StoryView> stories) {
    }

    @GetMapping
    EpicsResponse epics(@PathVariable String team) {
        String name = teamName(team);
        return new EpicsResponse(name, figures.followThrough(name),
                figures.epics(name).stream().map(EpicView::of).toList());
    }

    @GetMapping("/{epic}")
    EpicResponse epic(@PathVariable String team, @PathVariable String epic) {
        String name = teamName(team);
        String id = Epics.canonical(epic);
        EpicDelivery.Epic found = figures.epics(name).stream().filter(one -> one.epic().equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                        "Epic not found", "Team '" + name + "' has no epic '" + epic + "' yet: no retro and no story "
                        + "of it has arrived. GET /api/v1/teams/" + name + "/epics lists the team's epics."));
        return new EpicResponse(name, EpicView.of(found), found.stories().stream()
                .map(story -> new StoryView(story.storyKey(), story.done(), story.startedAt(), story.finishedAt(),
                        seconds(story.leadTime()), story.points()))
                .toList());
    }

    private static String teamName(String raw) {
        return TeamPaths.teamName(raw).value();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
