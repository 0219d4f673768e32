package dev.retrotrack.ingest.parsing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;

/** Reads {@link RawItem}s as the contract's action items, debt entries and follow-through rows. */
final class ItemReader {

    private static final Pattern DEBT_ID = Pattern.compile("\\b((?:TD|DEBT)[-_][A-Za-z0-9_.-]{0,40}\\d[A-Za-z0-9_]{0,20})\\b");
    private static final Pattern LEADING_STATUS = Pattern.compile(
            "^(✅|❌|⏳|🔄|⚠️?|☑️?|✔️?)\\s*(?:(done|complete[d]?|fixed|in progress|not addressed|deferred|dropped"
                    + "|blocked|pending)\\s*[:\\-–—]\\s*)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern ROLE_IN_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");

    /** "head — tail" with an em dash, en dash or spaced hyphen. */
    private static final Pattern DASHED_STATUS = Pattern.compile("^(.+?)\\s+[—–-]\\s+(.+)$");

    /** "Title (a note)" at the end of a follow-through row. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** "Title (~1 day)", "Title (4h)": an effort estimate at the end of a debt entry. */
    private static final Pattern TRAILING_EFFORT = Pattern.compile(
            "(?i)^(.+?)\\s*\\((~?\\s*\\d{1,9}(?:\\.\\d{1,9})?\\s*(?:h|hrs?|hours?|d|days?|w|weeks?|sp|pts?|points?))\\)$");

    private ItemReader() {
    }

    static Retro.ActionItem action(RawItem item) {
        StatusAndTitle st = statusAndTitle(item);
        Priority priority = Optional.ofNullable(Priorities.parse(item.field(Role.PRIORITY)))
                .orElse(item.group().priority());
        return new Retro.ActionItem(st.title(), owner(item.field(Role.OWNER)), item.field(Role.DEADLINE),
                item.field(Role.CRITERIA), Optional.ofNullable(item.field(Role.CATEGORY)).orElse(item.group().category()),
                priority, st.status(), debtId(item).orElse(null), item.originalText());
    }

    static Retro.TechDebtItem debt(RawItem item) {
        StatusAndTitle st = statusAndTitle(item);
        Optional<String> id = debtId(item);
        String title = st.title();
        if (id.isPresent() && title.toUpperCase(Locale.ROOT).startsWith(id.get().toUpperCase(Locale.ROOT))) {
            title = ItemWalker.itemTitle(title).orElse(title);
        }
        Priority priority = Optional.ofNullable(Priorities.parse(item.field(Role.PRIORITY)))
                .orElse(item.group().priority());
        String effort = item.field(Role.EFFORT);
        Matcher sized = TRAILING_EFFORT.matcher(title);
        if (effort == null && Cues.endsWith(title, ')') && sized.matches()) {
            title = sized.group(1).strip();
            effort = sized.group(2).strip();
        }
        return new Retro.TechDebtItem(id.orElse(null), title, priority, item.field(Role.LOCATION), effort,
                st.status(), item.originalText());
    }

    static Retro.FollowThroughItem followThrough(RawItem item) {
        StatusAndTitle st = statusAndTitle(item);
        String evidence = Optional.ofNullable(item.field(Role.EVIDENCE)).orElse(item.field(Role.DESCRIPTION));
        String title = st.title();
        Matcher noted = TRAILING_NOTE.matcher(title);
        if (evidence == null && Cues.endsWith(title, ')') && noted.matches()) {
            title = unquoted(noted.group(1).strip());
            evidence = noted.group(2).strip();
        }
        return new Retro.FollowThroughItem(title, st.status(), evidence);
    }

    /** "Charlie (Sr Dev)" → "Charlie": roles in parentheses are not part of the owner. */
    static String owner(String raw) {
        if (raw == null) {
            return null;
        }
        String owner = (raw.indexOf('(') < 0 ? raw : ROLE_IN_PARENTHESES.matcher(raw).replaceAll("")).strip();
        owner = owner.startsWith("@") ? owner.substring(1) : owner;
        return owner.isEmpty() || owner.equalsIgnoreCase("tbd") || owner.equals("?") ? null : owner;
    }

    private static Optional<String> debtId(RawItem item) {
        for (String candidate : new String[] {item.field(Role.DEBT_ID), item.field(Role.STORY),
                item.field(Role.NUMBER), item.originalText(), item.title()}) {
            if (candidate != null && Cues.mayHoldDebtId(candidate)) {
                Matcher id = DEBT_ID.matcher(candidate);
                if (id.find()) {
                    return Optional.of(id.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The status field, else a status written around the title: leading ("✅ Done: Add X", "Deferred — Add X") or
     * trailing after a dash ("Add X — ✅ Done"), which is then taken off the title.
     */
    private static StatusAndTitle statusAndTitle(RawItem item) {
        String title = item.title().strip();
        ItemStatus status = Statuses.parse(item.field(Role.STATUS));
        Matcher leading = LEADING_STATUS.matcher(title);
        // Every leading status starts with a symbol, none of them ASCII.
        if (!title.isEmpty() && title.charAt(0) > 0x7F && leading.find() && leading.end() < title.length()) {
            if (status == null) {
                status = Statuses.parse(leading.group());
            }
            title = title.substring(leading.end()).strip();
        }
        Matcher dashed = DASHED_STATUS.matcher(title);
        if (Cues.hasSpacedDash(title) && dashed.matches()) {
            String head = dashed.group(1).strip();
            String tail = dashed.group(2).strip();
            ItemStatus headStatus = Statuses.isOnlyAStatus(head) ? Statuses.parse(head) : null;
            // "Kill the table — Dropped (no longer needed after 3.2)", "… — Done; Ravi attended all three": a
            // status with a note after it.
            String tailStatusWords = Cues.endsWith(tail, ')') && TRAILING_NOTE.matcher(tail).matches()
                    ? TRAILING_NOTE.matcher(tail).replaceFirst("$1") : tail.split(";")[0].strip();
            ItemStatus tailStatus = Statuses.isOnlyAStatus(tailStatusWords) ? Statuses.parse(tailStatusWords) : null;
            if (headStatus != null && tailStatus == null) {
                status = status == null ? headStatus : status;
                title = tail;
            } else if (tailStatus != null) {
                status = status == null ? tailStatus : status;
                title = head;
            }
        }
        // "Remove legacy assets (done in 4.1)": a status note in parentheses ends the title.
        Matcher noted = TRAILING_NOTE.matcher(title);
        if (Cues.endsWith(title, ')') && noted.matches() && Statuses.opensWithStatus(noted.group(2))) {
            status = status == null ? Statuses.parse(noted.group(2)) : status;
            title = noted.group(1).strip();
        }
        return new StatusAndTitle(unquoted(title), status);
    }

    /** "“Migrate CI”" → "Migrate CI": quotes around a whole title are not part of it. */
    private static String unquoted(String title) {
        if (title.length() > 2 && "\"“'".indexOf(title.charAt(0)) >= 0 && "\"”'".indexOf(title.charAt(title.length() - 1)) >= 0) {
            return title.substring(1, title.length() - 1).strip();
        }
        return title;
    }

    private record StatusAndTitle(String title, ItemStatus status) {
    }
}
