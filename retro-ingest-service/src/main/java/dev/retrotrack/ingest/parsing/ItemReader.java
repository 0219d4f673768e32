package dev.retrotrack.ingest.parsing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;

/** Reads {@link RawItem}s as the contract's action items, debt entries and follow-through rows. */
final class ItemReader {

    private static final Pattern DEBT_ID = Pattern.compile(
            "\\b(" + ItemWalker.DEBT_ID_START + "[A-Za-z0-9_]{0,20})\\b");
    /** Status words that also open titles of actions ("WIP: …", "Open: …", "Ready: …", "Todo: …"). */
    private static final java.util.Set<String> TITLE_OPENINGS = java.util.Set.of("wip", "ready", "open", "todo",
            "to do", "started", "partial", "partly", "pending", "closed", "merged");
    private static final Pattern LEADING_STATUS = Pattern.compile(
            "^(✅|❌|⏳|🔄|⚠️?|☑️?|✔️?)\\s*(?:(done|complete[d]?|fixed|in progress|not addressed|deferred|dropped"
                    + "|blocked|pending)\\s*[:\\-–—]\\s*)?", Pattern.CASE_INSENSITIVE);


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
        StatusAndTitle st = statusAndTitle(item, false);
        Priority priority = priority(item);
        // "- **Tech Debt:** ASP-2", "| Debt ID | CB-1 |": a tracker key in the debt field names the debt it works off.
        Optional<String> debtId = debtId(item).or(() -> trackerKey(item.field(Role.DEBT_ID)));
        String title = debtId.map(id -> withoutTrailingReference(st.title(), id)).orElse(st.title());
        return new Retro.ActionItem(title, owner(item.field(Role.OWNER)), item.field(Role.DEADLINE),
                item.field(Role.CRITERIA), Optional.ofNullable(item.field(Role.CATEGORY)).orElse(item.group().category()),
                priority, st.status(), debtId.orElse(null), item.originalText());
    }

    /** "Replace the cache (TD-43-01)" → "Replace the cache": the debt it works off is a link, not title. */
    private static String withoutTrailingReference(String title, String id) {
        String reference = "(" + id + ")";
        return title.endsWith(reference) && title.length() > reference.length()
                ? title.substring(0, title.length() - reference.length()).strip() : title;
    }

    static Retro.TechDebtItem debt(RawItem item) {
        return debt(item, Set.of());
    }

    /**
     * @param keyPrefixes the project keys ({@link #sharedKeyPrefixes}) that open entries of the same register: only
     *                    with those is a key opening an entry its id
     */
    static Retro.TechDebtItem debt(RawItem item, Set<String> keyPrefixes) {
        StatusAndTitle st = statusAndTitle(item, false);
        // "| Valve API retries are not idempotent | IRR-231 | High |": a debt register's id column may hold a
        // tracker key rather than a TD- id; so may a plain "ID" or "Key" column ("| VOD-1 | Reader dropout … |"),
        // which in a debt register names the entry itself, not a story.
        Optional<String> id = debtId(item).or(() -> trackerKey(item.field(Role.DEBT_ID)))
                .or(() -> trackerKey(item.field(Role.STORY)))
                .or(() -> keyOpening(st.title()).filter(key -> keyPrefixes.contains(prefixOf(key))));
        String title = st.title();
        if (id.isPresent() && title.regionMatches(true, 0, id.get(), 0, id.get().length())) {
            // "TD-CLM21-01 Virus scan …", "TD-3: Leak": cut the id found, not what a pattern takes for one (the id's
            // own "-01" would pass for a separator).
            String rest = withoutLeadingSeparators(title.substring(id.get().length()));
            title = rest.isEmpty() ? title : rest;
        }
        Priority priority = priority(item);
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
        StatusAndTitle st = statusAndTitle(item, true);
        String evidence = Optional.ofNullable(item.field(Role.EVIDENCE)).orElse(item.field(Role.DESCRIPTION));
        // "| ✅ Done — 9 sessions run |", "Add X — Done; Ravi attended all three": the note after the status.
        Statuses.Noted statusCell = Statuses.withNote(item.field(Role.STATUS));
        // A checkbox gives a status field with no note: the note then is the one written after the title's status
        // ("- [x] required reviews on `main` — done, branch protection on since 3 Nov").
        evidence = evidence != null ? evidence
                : statusCell != null && statusCell.note() != null ? statusCell.note() : st.note();
        String title = st.title();
        int dash = st.status() == null || evidence != null ? -1 : firstLongDash(title);
        if (dash > 0) {
            // "[x] Feature flags for live-ops — all six shipped stories are behind flags": with the status known
            // (a checkbox), what follows the dash is what shows it.
            evidence = title.substring(dash + 3).strip();
            title = title.substring(0, dash).strip();
        }
        Matcher noted = TRAILING_NOTE.matcher(title);
        if (evidence == null && Cues.endsWith(title, ')') && noted.matches()) {
            title = unquoted(noted.group(1).strip());
            evidence = noted.group(2).strip();
        }
        return new Retro.FollowThroughItem(title, st.status(), evidence);
    }

    /** The first spaced em or en dash, or -1. */
    private static int firstLongDash(String text) {
        int em = text.indexOf(" — ");
        int en = text.indexOf(" – ");
        return em < 0 ? en : en < 0 ? em : Math.min(em, en);
    }

    /** "Charlie (Sr Dev)" → "Charlie": roles in parentheses are not part of the owner. */
    static String owner(String raw) {
        if (raw == null) {
            return null;
        }
        String owner = (raw.indexOf('(') < 0 ? raw : withoutBracketedParts(raw)).strip();
        owner = owner.startsWith("@") ? owner.substring(1) : owner;
        return owner.isEmpty() || owner.equalsIgnoreCase("tbd") || owner.equals("?") ? null : owner;
    }

    /**
     * The text without its "(…)" parts and the spaces before them. A loop rather than a pattern: a list of people
     * whose brackets never close ("A (x, B (y, …") made the pattern look for a ")" from every "(", quadratic.
     */
    private static String withoutBracketedParts(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('(', i);
            int close = open < 0 ? -1 : text.indexOf(')', open);
            if (close < 0) {
                kept.append(text, i, text.length());
                break;
            }
            kept.append(text, i, open);
            while (!kept.isEmpty() && Character.isWhitespace(kept.charAt(kept.length() - 1))) {
                kept.setLength(kept.length() - 1);
            }
            i = close + 1;
        }
        return kept.toString();
    }

    /** A cell that is only a tracker key ("IRR-231", "PAY-12"). */
    private static Optional<String> trackerKey(String cell) {
        return cell != null && cell.length() <= 24 && TRACKER_KEY.matcher(cell.strip()).matches()
                ? Optional.of(cell.strip()) : Optional.empty();
    }

    private static final Pattern TRACKER_KEY = Pattern.compile("^[A-Z][A-Z0-9]{0,9}-\\d{1,9}$");
    /** "PRK-1: Plate format regex copied …", "VOD-2 — Reader dropout": a tracker key opening a debt entry. */
    private static final Pattern KEY_OPENING = Pattern.compile("^([A-Z][A-Z0-9]{0,9}-\\d{1,9})\\s{0,3}(?::|\\s[—–-])\\s");

    /**
     * The project keys that open at least two entries of a debt register ("PRK-1: …", "PRK-2: …"): a register keyed
     * that way names its entries by them, where one entry opening with "UTF-8:" or "SHA-1 —" only names a standard.
     */
    static Set<String> sharedKeyPrefixes(List<RawItem> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (RawItem item : items) {
            String title = item.title().strip();
            keyOpening(title.substring(Symbols.leadingEnd(title)))
                    .ifPresent(key -> counts.merge(prefixOf(key), 1, Integer::sum));
        }
        Set<String> shared = new HashSet<>();
        counts.forEach((prefix, count) -> {
            if (count >= 2) {
                shared.add(prefix);
            }
        });
        return shared;
    }

    private static String prefixOf(String key) {
        return key.substring(0, key.lastIndexOf('-'));
    }

    /** The tracker key an entry of a debt register opens with, before a colon or a spaced dash. */
    private static Optional<String> keyOpening(String title) {
        Matcher key = title.isEmpty() || title.charAt(0) < 'A' || title.charAt(0) > 'Z' ? null
                : KEY_OPENING.matcher(title);
        return key != null && key.lookingAt() ? Optional.of(key.group(1)) : Optional.empty();
    }

    /**
     * The priority field, else a colour the entry opens with ("🔴 Replace the plate regexes …"), else the priority
     * of the group it sits under.
     */
    private static Priority priority(RawItem item) {
        Priority field = Priorities.parse(item.field(Role.PRIORITY));
        if (field != null) {
            return field;
        }
        String title = item.title();
        int symbols = Symbols.leadingEnd(title);
        Priority marked = symbols == 0 ? null : Priorities.parse(title.substring(0, symbols));
        return marked != null ? marked : item.group().priority();
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
     *
     * @param reviewed whether the item is an earlier promise under review, where "title: Done, note." reports on it
     *                 ("Release notes: Complete, customer-facing summaries" is a new action's description)
     */
    private static StatusAndTitle statusAndTitle(RawItem item, boolean reviewed) {
        String title = item.title().strip();
        Statuses.Noted fieldStatus = Statuses.withNote(item.field(Role.STATUS));
        ItemStatus status = fieldStatus != null ? fieldStatus.status() : Statuses.parse(item.field(Role.STATUS));
        String note = null;
        Matcher leading = LEADING_STATUS.matcher(title);
        // Every leading status starts with a symbol, none of them ASCII.
        if (!title.isEmpty() && title.charAt(0) > 0x7F && leading.find() && leading.end() < title.length()) {
            if (status == null) {
                status = Statuses.parse(leading.group());
            }
            title = title.substring(leading.end()).strip();
        }
        // "⏸️ Move scan storage …", "↪️ Weekly demo …": any other symbol in front marks the entry, it is no word of
        // its title.
        int marked = Symbols.leadingEnd(title);
        title = title.substring(marked);
        int colon = title.indexOf(':');
        boolean afterSymbol = marked > 0 || title.length() < item.title().strip().length();
        if (colon > 0 && colon <= 30 && colon + 1 < title.length() && Statuses.isOnlyAStatus(title.substring(0, colon))
                && (afterSymbol || !TITLE_OPENINGS.contains(SectionKind.normalize(title.substring(0, colon))))) {
            // "✅ Applied: measure a sample rail …", "⏳ Ongoing: move photos …", "Carried forward: price the gateway":
            // a status word and a colon open the entry; the title follows them. Without a symbol before them, words
            // that also open titles ("WIP: limit in-progress stories", "Ready: definition agreed") stay the title.
            status = status == null ? Statuses.parse(title.substring(0, colon)) : status;
            title = title.substring(colon + 1).strip();
        }
        int arrow = arrowBeforeStatus(title);
        if (arrow > 0) {
            // "statement preview env → done, used it all sprint": the arrow leads to the status and its note.
            Statuses.Noted outcome = Statuses.withNote(title.substring(arrow + 1));
            status = status == null ? outcome.status() : status;
            note = outcome.note();
            title = title.substring(0, arrow).strip();
        }
        Matcher dashed = arrow > 0 || !Cues.hasSpacedDash(title) ? null : DASHED_STATUS.matcher(title);
        if (dashed != null && dashed.matches()) {
            String head = dashed.group(1).strip();
            String tail = dashed.group(2).strip();
            ItemStatus headStatus = Statuses.isOnlyAStatus(head) ? Statuses.parse(head) : null;
            // "Kill the table — Dropped (no longer needed after 3.2)", "… — Done; Ravi attended all three",
            // "… — ✅ Applied: service account created": a status with a note after it.
            Statuses.Noted tailStatus = Statuses.withNote(tail);
            int colonStatus = colonBeforeStatus(head);
            if (headStatus != null && tailStatus == null) {
                status = status == null ? headStatus : status;
                title = tail;
                int noteColon = reviewed && note == null ? tail.indexOf(": ") : -1;
                // "Write the Epic 7: Fare Disputes brief": a colon after a number is part of a name, not a note.
                if (noteColon > 0 && !Character.isDigit(tail.charAt(noteColon - 1))) {
                    // "Deferred — Offer same-week express cleaning: no spare drying racks until January": under
                    // review, what follows the promise's colon says how it went.
                    note = tail.substring(noteColon + 2).strip();
                    title = tail.substring(0, noteColon).strip();
                }
            } else if (tailStatus != null) {
                status = status == null ? tailStatus.status() : status;
                note = tailStatus.note();
                title = head;
            } else if (colonStatus > 0) {
                // "Add refund scenarios to the QA charter: **Done** — Dana added 14 scenarios"
                status = status == null ? Statuses.parse(head.substring(colonStatus + 1)) : status;
                note = tail;
                title = head.substring(0, colonStatus).strip();
            }
        }
        int colonStatus = status == null ? colonBeforeStatus(title) : -1;
        if (colonStatus > 0) {
            // "Keep WIP at two stories: **Ongoing**"
            status = Statuses.parse(title.substring(colonStatus + 1));
            title = title.substring(0, colonStatus).strip();
        }
        int noteColon = status == null && reviewed ? title.indexOf(':') : -1;
        Statuses.Noted afterColon = noteColon > 0 ? Statuses.withNote(title.substring(noteColon + 1)) : null;
        if (afterColon != null && afterColon.status() != null) {
            // "Vendor API credentials in the vault: Done, moved in sprint 1.": a status and its note after the colon.
            status = afterColon.status();
            note = note != null ? note : withoutFinalStop(afterColon.note());
            title = title.substring(0, noteColon).strip();
        }
        // "Remove legacy assets (done in 4.1)": a status note in parentheses ends the title.
        Matcher noted = TRAILING_NOTE.matcher(title);
        // "(➡️ Moved to design)" names no status a list knows: it stays in the title rather than vanish.
        ItemStatus bracketed = Cues.endsWith(title, ')') && noted.matches() && Statuses.opensWithStatus(noted.group(2))
                ? Statuses.parse(noted.group(2)) : null;
        if (bracketed != null) {
            status = status == null ? bracketed : status;
            title = noted.group(1).strip();
        }
        return new StatusAndTitle(unquoted(title), status, note);
    }

    /** The last "→" of "Title → done, note" when a status follows it, or -1. */
    private static int arrowBeforeStatus(String text) {
        int arrow = text.lastIndexOf('→');
        return arrow > 0 && Statuses.withNote(text.substring(arrow + 1)) != null ? arrow : -1;
    }

    /** The colon of "Title: Done" (what follows it is only a status), or -1. */
    private static int colonBeforeStatus(String text) {
        int colon = text.lastIndexOf(':');
        return colon > 0 && Statuses.isOnlyAStatus(text.substring(colon + 1)) ? colon : -1;
    }

    private static String withoutFinalStop(String text) {
        return text != null && text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    /** The text after any spaces, colons, dashes and full stops it opens with. */
    static String withoutLeadingSeparators(String text) {
        int start = 0;
        while (start < text.length() && " :-–—.".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start).strip();
    }

    /** "“Migrate CI”" → "Migrate CI": quotes around a whole title are not part of it. */
    private static String unquoted(String title) {
        if (title.length() > 2 && "\"“'".indexOf(title.charAt(0)) >= 0 && "\"”'".indexOf(title.charAt(title.length() - 1)) >= 0) {
            return title.substring(1, title.length() - 1).strip();
        }
        return title;
    }

    /** @param note what was written after the status ("Done; Ravi attended"), or null */
    private record StatusAndTitle(String title, ItemStatus status, String note) {
    }
}
