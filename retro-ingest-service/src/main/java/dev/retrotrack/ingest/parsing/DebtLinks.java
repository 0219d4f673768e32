package dev.retrotrack.ingest.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.retrotrack.events.Retro;
import dev.retrotrack.events.ItemStatus;

/**
 * An action item that is also a debt entry links to it by {@code debtId} instead of being counted twice: by an
 * explicit id, or by the same title. A debt entry whose own status is unknown is done when the action that resolves
 * it is done ("Make OTLP exporter TLS configurable … ✅ Fixed" fixes TD-DM09-S1).
 */
final class DebtLinks {

    private DebtLinks() {
    }

    static void link(List<Retro.ActionItem> actions, List<Retro.TechDebtItem> debt) {
        Map<String, Retro.TechDebtItem> byTitle = debt.stream().filter(d -> d.id() != null && d.title() != null)
                .collect(Collectors.toMap(d -> key(d.title()), Function.identity(), (a, b) -> a));
        for (int i = 0; i < actions.size(); i++) {
            Retro.ActionItem action = actions.get(i);
            Retro.TechDebtItem same = action.title() == null ? null : byTitle.get(key(action.title()));
            same = same != null ? same : namedIn(action.originalText(), debt);
            if (action.debtId() == null && same != null) {
                actions.set(i, new Retro.ActionItem(action.title(), action.owner(), action.deadline(),
                        action.acceptanceCriteria(), action.category(), action.priority(), action.status(),
                        same.id(), action.originalText()));
            }
        }
    }

    /**
     * Debt entries the action that pays them off has done ("✅ Fixed") are done, where they state no status
     * themselves. Any other status of the action says how the action stands, not the debt: an action "in progress"
     * leaves its debt as unresolved as before, so the entry's status stays unknown rather than invented.
     */
    static void inheritStatus(List<Retro.ActionItem> actions, List<Retro.TechDebtItem> debt) {
        Map<String, Retro.ActionItem> byDebtId = actions.stream()
                .filter(a -> a.debtId() != null && a.status() != null)
                .collect(Collectors.toMap(a -> a.debtId().toUpperCase(Locale.ROOT), Function.identity(),
                        (a, b) -> a));
        for (int i = 0; i < debt.size(); i++) {
            Retro.TechDebtItem item = debt.get(i);
            Retro.ActionItem resolving = item.id() == null ? null : byDebtId.get(item.id().toUpperCase(Locale.ROOT));
            if (item.status() == null && resolving != null && resolving.status() == ItemStatus.DONE) {
                debt.set(i, new Retro.TechDebtItem(item.id(), item.title(), item.priority(), item.location(),
                        item.effort(), resolving.status(), item.originalText()));
            }
        }
    }

    /**
     * The debt entry whose id the action's text names as a whole word ("…, see IRR-231 @Tunde"): the action works
     * it off. Null when it names none.
     */
    private static Retro.TechDebtItem namedIn(String text, List<Retro.TechDebtItem> debt) {
        if (text == null) {
            return null;
        }
        for (Retro.TechDebtItem item : debt) {
            String id = item.id();
            int at = id == null || id.isEmpty() ? -1 : text.indexOf(id);
            if (at >= 0 && !wordCharAt(text, at - 1) && !wordCharAt(text, at + id.length())) {
                return item;
            }
        }
        return null;
    }

    private static boolean wordCharAt(String text, int i) {
        return i >= 0 && i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-');
    }

    private static String key(String title) {
        return SectionKind.normalize(title);
    }
}
