package dev.retrotrack.metrics.retro;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which epics' delivery figures to export: per team the epics of its most recent retros (at most
 * {@code epicsPerTeam}, so the {@code epic} label stays bounded), each with the figures of its latest retro.
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

    /** The figures exported for one epic of one team. */
    public record Epic(String team, String epic, Integer storiesPlanned, Integer storiesCompleted,
                       Integer pointsPlanned, Integer pointsCompleted) {

        /** Completed over planned stories; {@code null} when either is unknown or nothing was planned. */
        public Double completionRatio() {
            return storiesPlanned == null || storiesCompleted == null || storiesPlanned == 0 ? null
                    : (double) storiesCompleted / storiesPlanned;
        }
    }

    private static final Comparator<RetroFacts> NEWEST_LAST = Comparator
            .comparing(RetroFacts::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RetroFacts::at, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static List<Epic> latest(List<RetroFacts> retros, int epicsPerTeam) {
        List<Epic> epics = new ArrayList<>();
        retros.stream().filter(retro -> retro.epic() != null)
                .collect(Collectors.groupingBy(RetroFacts::team, LinkedHashMap::new, Collectors.toList()))
                .forEach((team, teamRetros) -> {
                    Map<String, RetroFacts> latestPerEpic = new LinkedHashMap<>();
                    teamRetros.stream().sorted(NEWEST_LAST)
                            .forEach(retro -> {
                                latestPerEpic.remove(retro.epic());
                                latestPerEpic.put(retro.epic(), retro); // re-inserted: map order is recency
                            });
                    List<RetroFacts> newestFirst = new ArrayList<>(latestPerEpic.values()).reversed();
                    newestFirst.stream().limit(epicsPerTeam).forEach(retro -> epics.add(new Epic(team, retro.epic(),
                            retro.storiesPlanned(), retro.storiesCompleted(), retro.pointsPlanned(),
                            retro.pointsCompleted())));
                });
        return epics;
    }
}
