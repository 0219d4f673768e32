package dev.retrotrack.tracker.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Retro;

/**
 * Finds which earlier item each row of a retro's previous-retro follow-through section reports on. Rows reword
 * their items ("Hardware-honest planning" for "Mandatory "Hardware Honest" Planning"), so titles are compared as
 * sets of content words: a row matches the item whose words it shares most, if it shares enough and no other item
 * shares as much. A debt id in the row ("TD-DM09-S1") matches that debt item outright.
 */
public final class FollowThroughMatcher {

    /** Share of words in common needed to call it the same item; see {@link #similarity}. */
    static final double THRESHOLD = 0.6;

    private static final Pattern DEBT_ID = Pattern.compile("\\b((?:TD|DEBT)[-_][A-Za-z0-9_.-]*\\d[A-Za-z0-9_-]*)");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "to", "of", "for", "in", "on", "and",
            "or", "with", "into", "from", "by", "at", "is", "be", "our", "all", "any", "new");

    private FollowThroughMatcher() {
    }

    /** One row and the item it reports on, or why none. */
    public record Match(Retro.FollowThroughItem row, TrackedItem item, double score, String unmatchedReason) {

        public boolean matched() {
            return item != null;
        }
    }

    /**
     * @param rows       the follow-through rows of the new retro
     * @param candidates the team's items raised by earlier retros
     */
    public static List<Match> match(List<Retro.FollowThroughItem> rows, List<TrackedItem> candidates) {
        List<Match> matches = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Retro.FollowThroughItem row : rows) {
            Match match = best(row, candidates, taken);
            if (match.matched()) {
                taken.add(match.item().id());
            }
            matches.add(match);
        }
        return matches;
    }

    private static Match best(Retro.FollowThroughItem row, List<TrackedItem> candidates, Set<String> taken) {
        Matcher debtId = DEBT_ID.matcher(row.title());
        if (debtId.find()) {
            for (TrackedItem item : candidates) {
                if (item.debtId() != null && item.debtId().equalsIgnoreCase(debtId.group(1))
                        && !taken.contains(item.id())) {
                    return new Match(row, item, 1.0, null);
                }
            }
        }
        Set<String> rowWords = words(row.title());
        TrackedItem best = null;
        double bestScore = 0;
        boolean tie = false;
        for (TrackedItem item : candidates) {
            if (taken.contains(item.id())) {
                continue;
            }
            double score = similarity(rowWords, words(item.title()));
            if (score > bestScore) {
                best = item;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                if (!sameTitle(best, item)) {
                    tie = true;
                } else if (preferred(item, best)) {
                    best = item;
                }
            }
        }
        if (best == null || bestScore < THRESHOLD) {
            return new Match(row, null, bestScore, "no earlier item of the team is like it");
        }
        if (tie) {
            return new Match(row, null, bestScore, "fits more than one earlier item equally well");
        }
        return new Match(row, best, bestScore, null);
    }

    /**
     * Of two items with the same title (a recurring action raised again by a later retro), the row reports on the
     * one still open, and of two open ones on the newer: the one the previous retro raised.
     */
    private static boolean preferred(TrackedItem candidate, TrackedItem current) {
        boolean candidateOpen = Lifecycle.isOpen(candidate.status());
        if (candidateOpen != Lifecycle.isOpen(current.status())) {
            return candidateOpen;
        }
        return candidate.createdAt().isAfter(current.createdAt());
    }

    /** An action and the debt item it pays down may share a title; either is the same report. */
    private static boolean sameTitle(TrackedItem a, TrackedItem b) {
        return a != null && Titles.normalize(a.title()).equals(Titles.normalize(b.title()));
    }

    /**
     * Mean of the overlap coefficient (shared words over the shorter title's words: a row that shortens its item
     * still matches) and the Jaccard index (shared over all: a short generic row does not match a long title).
     */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        double overlap = (double) shared.size() / Math.min(a.size(), b.size());
        double jaccard = (double) shared.size() / (a.size() + b.size() - shared.size());
        return (overlap + jaccard) / 2;
    }

    /** Content words, lower case, plural and "-ed"/"-ing" endings cut so "Standardized" meets "Standardize". */
    static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        for (String word : Titles.normalize(title).split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(stem(word.toLowerCase(Locale.ROOT)));
            }
        }
        return words;
    }

    private static String stem(String word) {
        String stem = word;
        if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ed")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        // "standardize" and "standardiz(ed)", "create" and "creat(ed)" meet here.
        return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }
}
