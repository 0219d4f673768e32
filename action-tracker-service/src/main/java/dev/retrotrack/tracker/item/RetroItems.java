package dev.retrotrack.tracker.item;

import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Retro;

/** The items a retro carries: its action items and its technical-debt entries. */
public final class RetroItems {

    private RetroItems() {
    }

    public static List<ItemDraft> of(Retro retro) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (Retro.ActionItem action : retro.actionItems()) {
            drafts.add(new ItemDraft(ItemKind.ACTION, action.title(), action.owner(), action.deadline(),
                    action.priority(), action.status(), action.debtId(), action.category(),
                    action.acceptanceCriteria(), null));
        }
        for (Retro.TechDebtItem debt : retro.techDebt()) {
            String title = debt.title() == null || debt.title().isBlank() ? debt.id() : debt.title();
            drafts.add(new ItemDraft(ItemKind.DEBT, title, null, null, debt.priority(), debt.status(), debt.id(),
                    null, null, debt.location()));
        }
        return drafts;
    }
}
