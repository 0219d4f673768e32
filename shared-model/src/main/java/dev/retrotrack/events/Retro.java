package dev.retrotrack.events;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A retrospective as Retrotrack understands it, whether it arrived as JSON or was parsed from Markdown.
 * Unknown values are {@code null}, never invented; lists are never {@code null} and hold no {@code null}: JSON with a
 * {@code null} entry is refused as it is read, naming the entry (rather than by {@code List.copyOf}'s
 * NullPointerException, which a reader can only report as an unreadable document).
 *
 * @param epic          the epic or sprint the retro looks back on
 * @param date          the retro's own date (or the epic's completion date)
 * @param facilitator   who ran it, if stated
 * @param participants  who took part
 * @param delivery      planned and completed figures
 * @param stories       stories of this epic (not of the next one)
 * @param actionItems   what the team agreed to do
 * @param techDebt      technical debt the team recorded
 * @param followThrough how the previous retro's action items went
 * @param nextEpic      preview of the next epic, if any
 * @param warnings      what could not be understood, with line numbers; nothing is dropped silently
 */
public record Retro(
        EpicRef epic,
        LocalDate date,
        String facilitator,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> participants,
        Delivery delivery,
        @JsonSetter(contentNulls = Nulls.FAIL) List<Story> stories,
        @JsonSetter(contentNulls = Nulls.FAIL) List<ActionItem> actionItems,
        @JsonSetter(contentNulls = Nulls.FAIL) List<TechDebtItem> techDebt,
        @JsonSetter(contentNulls = Nulls.FAIL) List<FollowThroughItem> followThrough,
        NextEpic nextEpic,
        @JsonSetter(contentNulls = Nulls.FAIL) List<ParseWarning> warnings) {

    public Retro {
        participants = copy(participants);
        stories = copy(stories);
        actionItems = copy(actionItems);
        techDebt = copy(techDebt);
        followThrough = copy(followThrough);
        warnings = copy(warnings);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @param id epic key as the team writes it ({@code DM-09}, {@code 3}); @param title its name */
    public record EpicRef(String id, String title) {
    }

    /** Delivery figures; any of them may be unknown. */
    public record Delivery(Integer storiesPlanned, Integer storiesCompleted, Integer pointsPlanned,
                           Integer pointsCompleted, Integer testsAdded) {
    }

    /** A story of the epic. */
    public record Story(String id, String title, Integer points, ItemStatus status) {
    }

    /**
     * An action item. {@code debtId} links it to the {@link TechDebtItem} it resolves.
     * {@code originalText} keeps what the document said, for people to check the parse.
     */
    public record ActionItem(String title, String owner, String deadline, String acceptanceCriteria,
                             String category, Priority priority, ItemStatus status, String debtId,
                             String originalText) {
    }

    /** A technical-debt entry. */
    public record TechDebtItem(String id, String title, Priority priority, String location, String effort,
                               ItemStatus status, String originalText) {
    }

    /** One row of a previous-retro follow-through section. */
    public record FollowThroughItem(String title, ItemStatus status, String evidence) {
    }

    /** Preview of the next epic. */
    public record NextEpic(String id, String title, Integer plannedStories) {
    }

    /** Something the parser could not fully understand; {@code line} is 1-based, {@code null} if not known. */
    public record ParseWarning(Integer line, String message) {
    }
}
