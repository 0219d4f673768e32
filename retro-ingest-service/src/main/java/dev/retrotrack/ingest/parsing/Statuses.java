package dev.retrotrack.ingest.parsing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.retrotrack.events.ItemStatus;

/** Status words and symbols as retros write them, normalized; {@code null} when not recognized. */
final class Statuses {

    /** Checked in order: negations and partial states before the words they contain ("not done", "not started"). */
    private static final List<Rule> RULES = List.of(
            new Rule("❌|\\bnot (yet )?(addressed|started|done|fixed|complete[d]?)\\b|\\bto ?do\\b|\\bpending\\b"
                    + "|\\bcarried( forward| over)?\\b|\\bopen\\b|\\bnot begun\\b|\\bunresolved\\b|☐", ItemStatus.OPEN),
            new Rule("\\bblock(ed|er)?\\b|🚫|⛔", ItemStatus.BLOCKED),
            new Rule("\\bdefer(red)?\\b|\\bpostponed\\b|\\bbacklog\\b|⏸", ItemStatus.DEFERRED),
            new Rule("\\bdropped\\b|\\bcancel(l)?ed\\b|\\bwon'?t (do|fix)\\b|\\bobsolete\\b|\\brejected\\b"
                    + "|\\bdescoped\\b", ItemStatus.DROPPED),
            new Rule("⏳|🔄|🚧|\\bin[ -]progress\\b|\\bongoing\\b|\\bpartial(ly)?\\b|\\bstarted\\b|\\bready\\b"
                    + "|\\bwip\\b|\\bunderway\\b|\\bin review\\b", ItemStatus.IN_PROGRESS),
            new Rule("✅|✔|☑|\\bdone\\b|\\bfixed\\b|\\bapplied\\b|\\bcomplete[d]?\\b|\\bresolved\\b|\\bclosed\\b"
                    + "|\\bimplemented\\b|\\bdelivered\\b|\\bmerged\\b|\\baddressed\\b|\\bfinished\\b|\\bshipped\\b",
                    ItemStatus.DONE));

    private Statuses() {
    }

    static ItemStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(t).find()) {
                return rule.status();
            }
        }
        return null;
    }

    private record Rule(Pattern pattern, ItemStatus status) {
        Rule(String regex, ItemStatus status) {
            this(Pattern.compile(regex), status);
        }
    }
}
