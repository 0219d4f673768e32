package dev.retrotrack.metrics.epic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.retrotrack.events.Epics;

/**
 * The delivery figures of each epic, from two sources: the stories a team's sprint status (or tracker webhook)
 * reported, which are live and exact, and what the epic's latest retro said, for teams that send no sprint status.
 * An epic with any story takes all its figures from its stories (never a mix of two moments); epics are identified by {@link Epics#canonical} so a retro's "Epic 1" and
 * a story's "1" meet.
 */
public final class EpicDelivery {

    private EpicDelivery() {
    }

    /**
     * What one retro said about its epic's delivery and about the previous retro's actions. Figures may be unknown
     * ({@code null}); {@code followThroughRows} is 0 when the retro had no follow-through section.
     */
    public record RetroFacts(String team, String epic, LocalDate date, Instant at, Integer storiesPlanned,
                             Integer storiesCompleted, Integer pointsPlanned, Integer pointsCompleted,
                             int followThroughRows, int followThroughDone) {

        /** When the retro was held (its own date), or when it arrived if it named no date. */
        Instant heldAt() {
            return date == null ? at : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /**
     * What the story events said of one story: it is planned once seen; {@code startedAt} is its first start,
     * {@code firstFinishedAt} its first finish (kept if it is reopened), {@code finishedAt} its latest finish while
     * it is done; points only when a finish carried them.
     */
    public record StoryFacts(String team, String storyKey, String epic, boolean done, Instant startedAt,
                             Instant firstFinishedAt, Instant finishedAt, Integer points, Instant lastChange) {

        /**
         * First start to first finish, as the lead-time histogram counts it; {@code null} until it finished once, or
         * when it was never seen in progress.
         */
        public Duration leadTime() {
            return startedAt != null && firstFinishedAt != null && !firstFinishedAt.isBefore(startedAt)
                    ? Duration.between(startedAt, firstFinishedAt) : null;
        }
    }

    /** Where an epic's story figures came from. */
    public enum Source { STORIES, RETRO }

    /** The figures of one epic of one team; unknown figures are {@code null}. */
    public record Epic(String team, String epic, Integer storiesPlanned, Integer storiesCompleted,
                       Integer pointsPlanned, Integer pointsCompleted, Source source, Instant lastActivity,
                       List<StoryFacts> stories) {

        /** Completed over planned stories; {@code null} when either is unknown or nothing was planned. */
        public Double completionRatio() {
            return storiesPlanned == null || storiesCompleted == null || storiesPlanned == 0 ? null
                    : (double) storiesCompleted / storiesPlanned;
        }

        /** The lead times of its finished stories that were seen in progress. */
        public LeadTimes leadTimes() {
            return LeadTimes.of(stories.stream().map(StoryFacts::leadTime).filter(Objects::nonNull).toList());
        }
    }

    /** A summary of lead times: how many, their median and mean (both {@code null} when there are none). */
    public record LeadTimes(int count, Duration median, Duration mean) {

        static LeadTimes of(List<Duration> leadTimes) {
            if (leadTimes.isEmpty()) {
                return new LeadTimes(0, null, null);
            }
            List<Duration> sorted = leadTimes.stream().sorted().toList();
            int middle = sorted.size() / 2;
            Duration median = sorted.size() % 2 == 1 ? sorted.get(middle)
                    : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
            Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
            return new LeadTimes(sorted.size(), median, total.dividedBy(sorted.size()));
        }
    }

    private static final Comparator<RetroFacts> NEWEST_LAST = Comparator
            .comparing(RetroFacts::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RetroFacts::at, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Every epic of every team (teams by name), each team's most recently active epic first. */
    public static List<Epic> epics(List<RetroFacts> retros, List<StoryFacts> stories) {
        Map<String, Map<String, RetroFacts>> latestRetro = new LinkedHashMap<>();
        retros.stream().filter(retro -> hasEpic(retro.epic())).sorted(NEWEST_LAST).forEach(retro ->
                latestRetro.computeIfAbsent(retro.team(), team -> new LinkedHashMap<>())
                        .put(Epics.canonical(retro.epic()), retro));
        Map<String, Map<String, List<StoryFacts>>> storiesByEpic = new LinkedHashMap<>();
        stories.stream().filter(story -> hasEpic(story.epic())).forEach(story ->
                storiesByEpic.computeIfAbsent(story.team(), team -> new LinkedHashMap<>())
                        .computeIfAbsent(Epics.canonical(story.epic()), epic -> new ArrayList<>()).add(story));

        Set<String> teams = new TreeSet<>(latestRetro.keySet());
        teams.addAll(storiesByEpic.keySet());
        List<Epic> epics = new ArrayList<>();
        for (String team : teams) {
            Map<String, RetroFacts> teamRetros = latestRetro.getOrDefault(team, Map.of());
            Map<String, List<StoryFacts>> teamStories = storiesByEpic.getOrDefault(team, Map.of());
            Set<String> ids = new LinkedHashSet<>(teamRetros.keySet());
            ids.addAll(teamStories.keySet());
            ids.stream()
                    .map(id -> epic(team, id, teamRetros.get(id), teamStories.getOrDefault(id, List.of())))
                    .sorted(Comparator.comparing(Epic::lastActivity).reversed().thenComparing(Epic::epic))
                    .forEach(epics::add);
        }
        return epics;
    }

    /** As {@link #epics}, keeping only each team's {@code epicsPerTeam} most recently active epics. */
    public static List<Epic> latest(List<RetroFacts> retros, List<StoryFacts> stories, int epicsPerTeam) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        return epics(retros, stories).stream()
                .filter(epic -> kept.merge(epic.team(), 1, Integer::sum) <= epicsPerTeam)
                .toList();
    }

    private static Epic epic(String team, String id, RetroFacts retro, List<StoryFacts> stories) {
        Instant lastActivity = stories.stream().map(StoryFacts::lastChange).filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .or(() -> Optional.ofNullable(retro).map(RetroFacts::heldAt))
                .orElse(Instant.EPOCH);
        if (retro != null && retro.heldAt() != null && retro.heldAt().isAfter(lastActivity)) {
            lastActivity = retro.heldAt();
        }
        List<StoryFacts> sorted = stories.stream().sorted(Comparator.comparing(StoryFacts::storyKey)).toList();
        if (stories.isEmpty()) {
            return new Epic(team, id, retro.storiesPlanned(), retro.storiesCompleted(), retro.pointsPlanned(),
                    retro.pointsCompleted(), Source.RETRO, lastActivity, sorted);
        }
        List<StoryFacts> done = stories.stream().filter(StoryFacts::done).toList();
        boolean allPointed = stories.stream().allMatch(story -> story.points() != null);
        // Points only when every story has them: a partial sum would understate what was planned.
        return new Epic(team, id, stories.size(), done.size(), allPointed ? sum(stories) : null,
                allPointed ? sum(done) : null, Source.STORIES, lastActivity, sorted);
    }

    private static Integer sum(List<StoryFacts> stories) {
        return stories.stream().mapToInt(StoryFacts::points).sum();
    }

    /** An epic id that names an epic ("Epic" alone or "-" canonicalize to nothing). */
    private static boolean hasEpic(String epic) {
        return epic != null && !Epics.canonical(epic).isEmpty();
    }

    /**
     * Per team, the share of the previous retro's action items its latest retro with a follow-through section
     * reported done (0..1).
     */
    public static Map<String, Double> followThrough(List<RetroFacts> retros) {
        Map<String, RetroFacts> latest = new LinkedHashMap<>();
        retros.stream().filter(retro -> retro.followThroughRows() > 0).sorted(NEWEST_LAST)
                .forEach(retro -> latest.put(retro.team(), retro));
        Map<String, Double> ratios = new LinkedHashMap<>();
        latest.forEach((team, retro) -> ratios.put(team,
                (double) retro.followThroughDone() / retro.followThroughRows()));
        return ratios;
    }
}
