package dev.retrotrack.ingest.retro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.Retro;

/**
 * What a retro must satisfy before it is accepted. Everything else may be missing: a retro that does not say
 * something is kept with {@code null}, never guessed. Limits keep one document from flooding the tracker.
 */
public final class RetroRules {

    static final int MAX_ITEMS = 500;
    static final int MAX_TEXT = 2_000;
    static final int MAX_ID = 100;
    /**
     * Retro dates outside these years are typing errors; far ones also break date arithmetic downstream (a due date
     * 90 days after year 999,999,999 does not exist, and the tracker could only dead-letter the retro).
     */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private RetroRules() {
    }

    public static List<Violation> check(Retro retro) {
        List<Violation> violations = new ArrayList<>();
        if (retro.epic() == null || isBlank(retro.epic().id())) {
            violations.add(new Violation("epic.id", "is required: which epic or sprint does this retro cover? "
                    + "In Markdown, a title like '# Epic 7 Retrospective' or a line '**Epic:** 7' says it."));
        } else {
            length(violations, "epic.id", retro.epic().id(), MAX_ID);
            length(violations, "epic.title", retro.epic().title(), MAX_TEXT);
        }
        length(violations, "facilitator", retro.facilitator(), MAX_ID);
        if (retro.date() != null && (retro.date().isBefore(EARLIEST_DATE) || retro.date().isAfter(LATEST_DATE))) {
            violations.add(new Violation("date", "must lie between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + ", was " + retro.date()));
        }
        checkDelivery(violations, retro.delivery());
        size(violations, "actionItems", retro.actionItems().size());
        size(violations, "techDebt", retro.techDebt().size());
        size(violations, "stories", retro.stories().size());
        for (int i = 0; i < retro.actionItems().size(); i++) {
            Retro.ActionItem item = retro.actionItems().get(i);
            String at = "actionItems[" + i + "]";
            if (item == null || isBlank(item.title())) {
                violations.add(new Violation(at + ".title", "is required: every action item needs a title"));
                continue;
            }
            length(violations, at + ".title", item.title(), MAX_TEXT);
            length(violations, at + ".owner", item.owner(), MAX_ID);
            length(violations, at + ".deadline", item.deadline(), MAX_ID);
        }
        for (int i = 0; i < retro.techDebt().size(); i++) {
            Retro.TechDebtItem item = retro.techDebt().get(i);
            String at = "techDebt[" + i + "]";
            if (item == null || (isBlank(item.title()) && isBlank(item.id()))) {
                violations.add(new Violation(at + ".title", "is required: a debt item needs a title or an id"));
                continue;
            }
            length(violations, at + ".title", item.title(), MAX_TEXT);
            length(violations, at + ".id", item.id(), MAX_ID);
        }
        return List.copyOf(violations);
    }

    private static void checkDelivery(List<Violation> violations, Retro.Delivery delivery) {
        if (delivery == null) {
            return;
        }
        nonNegative(violations, "delivery.storiesPlanned", delivery.storiesPlanned());
        nonNegative(violations, "delivery.storiesCompleted", delivery.storiesCompleted());
        nonNegative(violations, "delivery.pointsPlanned", delivery.pointsPlanned());
        nonNegative(violations, "delivery.pointsCompleted", delivery.pointsCompleted());
        nonNegative(violations, "delivery.testsAdded", delivery.testsAdded());
    }

    private static void nonNegative(List<Violation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "must not be negative, was " + value));
        }
    }

    private static void size(List<Violation> violations, String field, int size) {
        if (size > MAX_ITEMS) {
            violations.add(new Violation(field, "has " + size + " entries; at most " + MAX_ITEMS + " are accepted"));
        }
    }

    private static void length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "is " + value.length() + " characters; at most " + max));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
