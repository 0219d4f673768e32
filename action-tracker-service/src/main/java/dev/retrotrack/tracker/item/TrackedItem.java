package dev.retrotrack.tracker.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.Epics;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;

/**
 * An action item or debt item Retrotrack follows from the retro that raised it until it is done. Immutable: every
 * change returns a new item with {@code version} one higher and a {@link HistoryEntry} saying who or what made it;
 * a method that would change nothing returns this same instance, which is how callers know there is nothing to save.
 *
 * @param due             when it is due and how that was decided
 * @param version         increases with every change; the API's ETag and the version events carry
 * @param raisedOn        the date of the retro that raised it: what "earlier" means across retros
 * @param stateSetBy      what last set {@code status}: a retro may move an item forward, but never undoes a person
 * @param stateSetAt      when that was
 * @param reported        what retros last said about it; only news from a retro is applied
 * @param dropReason      why it was dropped, while it is
 * @param overdueSince    when the overdue check found it past due; {@code null} while it is not (or not yet seen)
 * @param carriedOver     how many later retros found it still open
 * @param carriedOverInto the epics of those retros (canonical ids), so each counts once
 */
public record TrackedItem(
        String id,
        String team,
        String epicId,
        ItemKind kind,
        String title,
        String owner,
        Due due,
        Priority priority,
        ItemStatus status,
        String debtId,
        String category,
        String acceptanceCriteria,
        String location,
        String firstRetroId,
        String lastRetroId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        LocalDate raisedOn,
        ChangeCause stateSetBy,
        Instant stateSetAt,
        RetroReport reported,
        String dropReason,
        Instant overdueSince,
        int carriedOver,
        List<String> carriedOverInto,
        List<HistoryEntry> history) {

    public TrackedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        reported = reported == null ? RetroReport.NOTHING : reported;
        carriedOverInto = List.copyOf(carriedOverInto);
        history = List.copyOf(history);
    }

    /** The deadline as written. */
    public String deadline() {
        return due.phrase();
    }

    public LocalDate dueDate() {
        return due.date();
    }

    public boolean overdue() {
        return overdueSince != null;
    }

    /** Where the retro was: which retro, of which epic, on which date. */
    public record RetroContext(String retroId, String epicId, LocalDate date, Instant at) {
    }

    /** A new item as a retro first reports it; its state is what the retro says, or {@code OPEN}. */
    public static TrackedItem raise(String team, ItemDraft draft, RetroContext retro, DueDatePolicy policy) {
        ItemStatus status = draft.status() == null ? ItemStatus.OPEN : draft.status();
        String id = ItemId.of(team, retro.epicId(), draft.kind(), draft.debtId(), draft.title());
        Due due = policy.resolve(draft.deadline(), draft.priority(), retro.date());
        HistoryEntry created = new HistoryEntry(retro.at(), ChangeCause.RETRO, retro.retroId(), null, status,
                "raised in the retro of epic " + retro.epicId() + "; due date " + due.describe());
        return new TrackedItem(id, team, retro.epicId(), draft.kind(), draft.title(), draft.owner(), due,
                draft.priority(), status, draft.debtId(), draft.category(), draft.acceptanceCriteria(),
                draft.location(), retro.retroId(), retro.retroId(), retro.at(), retro.at(), 1, retro.date(),
                ChangeCause.RETRO, retro.at(), RetroReport.of(draft), null, null, 0, List.of(), List.of(created));
    }

    /**
     * The item after a retro mentioned it again (the same retro posted again, maybe corrected, or redelivered):
     * a detail is taken over only where the retro says something new, so an owner, priority or due date a person set
     * meanwhile stays unless the retro itself changed that detail. The state is left to {@link #reportedBy}.
     */
    public TrackedItem restatedBy(ItemDraft draft, RetroContext retro, DueDatePolicy policy) {
        RetroReport said = reported;
        Builder next = new Builder(this);
        next.reported = said.with(draft);
        next.owner = RetroReport.isNews(draft.owner(), said.owner()) ? draft.owner() : owner;
        next.priority = RetroReport.isNews(draft.priority(), said.priority()) ? draft.priority() : priority;
        next.category = RetroReport.isNews(draft.category(), said.category()) ? draft.category() : category;
        next.acceptanceCriteria = RetroReport.isNews(draft.acceptanceCriteria(), said.acceptanceCriteria())
                ? draft.acceptanceCriteria() : acceptanceCriteria;
        next.location = RetroReport.isNews(draft.location(), said.location()) ? draft.location() : location;
        boolean newPhrase = RetroReport.isNews(draft.deadline(), said.deadline());
        if (due.basis() != Due.Basis.MANUAL && (newPhrase || next.priority != priority)) {
            String phrase = newPhrase ? draft.deadline() : due.phrase();
            Due recomputed = policy.resolve(phrase, next.priority, raisedOn == null ? retro.date() : raisedOn);
            // A milestone already reached keeps its date unless the phrase itself changed.
            next.due = recomputed.basis() == Due.Basis.MILESTONE && !newPhrase ? due : recomputed;
        }
        if (!next.due.equals(due)) {
            next.overdueSince = null; // judged again against the new date by the next overdue check
        }
        boolean changed = !Objects.equals(next.owner, owner) || next.priority != priority
                || !Objects.equals(next.category, category)
                || !Objects.equals(next.acceptanceCriteria, acceptanceCriteria)
                || !Objects.equals(next.location, location) || !next.due.equals(due);
        if (!changed) {
            return next.reported.equals(reported) ? this : next.remembered();
        }
        next.lastRetroId = retro.retroId();
        return next.build(retro.at(), new HistoryEntry(retro.at(), ChangeCause.RETRO, retro.retroId(), status,
                status, "details updated by the retro"));
    }

    /**
     * A retro (or its follow-through section) reports the item in {@code reported}. Only news counts: a state retros
     * reported before (a redelivered event, a re-posted retro) changes nothing. News is applied when it is progress
     * (to {@code IN_PROGRESS}, {@code DONE} or {@code DROPPED}), a sideways move (to {@code BLOCKED} or
     * {@code DEFERRED}) only when no person set the current state, and never backwards: only a person reopens. A
     * state a person set is overridden only by a retro held after the day of the person's change, and never dropped
     * by one. {@code BLOCKED} or {@code DEFERRED} reported done passes through {@code IN_PROGRESS}, as a person would
     * move it.
     *
     * @return the changed item, or this item when the report changes nothing
     */
    public TrackedItem reportedBy(ItemStatus reported, ChangeCause cause, RetroContext retro) {
        if (reported == null || reported == this.reported.status()) {
            return this;
        }
        Builder memory = new Builder(this);
        memory.reported = this.reported.withStatus(reported);
        TrackedItem remembered = memory.remembered();
        if (reported == status || !remembered.retroMayMove(reported, retro)) {
            return remembered;
        }
        String note = cause == ChangeCause.FOLLOW_THROUGH ? "reported by the follow-through of a later retro"
                : "reported by the retro";
        if (Lifecycle.allows(status, reported)) {
            return remembered.moved(reported, cause, retro.retroId(), retro.at(), note,
                    reported == ItemStatus.DROPPED ? note : null);
        }
        if (Lifecycle.allows(status, ItemStatus.IN_PROGRESS) && Lifecycle.allows(ItemStatus.IN_PROGRESS, reported)) {
            return remembered.moved(ItemStatus.IN_PROGRESS, cause, retro.retroId(), retro.at(), note, null)
                    .moved(reported, cause, retro.retroId(), retro.at(), note, null);
        }
        return remembered;
    }

    private boolean retroMayMove(ItemStatus reported, RetroContext retro) {
        int ahead = Integer.signum(Lifecycle.progress(reported) - Lifecycle.progress(status));
        boolean setByPerson = stateSetBy == ChangeCause.API;
        if (setByPerson && (reported == ItemStatus.DROPPED || retro.date() == null
                || !retro.date().isAfter(LocalDate.ofInstant(stateSetAt, java.time.ZoneOffset.UTC)))) {
            return false;
        }
        return ahead > 0 || ahead == 0 && !setByPerson;
    }

    /**
     * A person moves the item. {@code DROPPED} needs a reason.
     *
     * @throws IllegalTransitionException if the lifecycle does not allow it
     */
    public TrackedItem transition(ItemStatus to, String reason, String actor, Instant at) {
        Objects.requireNonNull(to, "to");
        if (!Lifecycle.allows(status, to)) {
            throw new IllegalTransitionException(status, to, status == to
                    ? "the item is already " + to
                    : "from " + status + " an item can move to " + Lifecycle.next(status).stream().sorted().toList());
        }
        if (to == ItemStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new IllegalTransitionException(status, to, "dropping an item needs a reason");
        }
        String note = reason == null || reason.isBlank() ? "changed by " + actor : reason.strip();
        return moved(to, ChangeCause.API, actor, at, note, to == ItemStatus.DROPPED ? reason.strip() : null);
    }

    private TrackedItem moved(ItemStatus to, ChangeCause cause, String actor, Instant at, String note,
                              String dropReason) {
        Builder next = new Builder(this);
        next.status = to;
        next.stateSetBy = cause;
        next.stateSetAt = at;
        next.dropReason = to == ItemStatus.DROPPED ? dropReason : null;
        if (!Lifecycle.isOpen(to)) {
            next.overdueSince = null; // nothing left to be late with; reopening starts a new overdue episode
        }
        return next.build(at, new HistoryEntry(at, cause, actor, status, to, dropReason == null ? note
                : "dropped: " + dropReason));
    }

    /** What a person may change besides the state; {@code null} fields are left as they are. */
    public record Edit(String owner, LocalDate dueDate, Priority priority) {
    }

    /** A person changes owner, due date or priority. A due date set here is kept over later retro restatements. */
    public TrackedItem edited(Edit edit, String actor, Instant at, LocalDate today) {
        Builder next = new Builder(this);
        List<String> changes = new ArrayList<>();
        if (edit.owner() != null && !edit.owner().strip().equals(owner)) {
            next.owner = edit.owner().strip();
            changes.add("owner " + owner + " → " + next.owner);
        }
        if (edit.priority() != null && edit.priority() != priority) {
            next.priority = edit.priority();
            changes.add("priority " + priority + " → " + next.priority);
        }
        if (edit.dueDate() != null && !edit.dueDate().equals(due.date())) {
            next.due = new Due(due.phrase(), edit.dueDate(), Due.Basis.MANUAL, null);
            changes.add("due date " + due.date() + " → " + edit.dueDate());
            if (!edit.dueDate().isBefore(today)) {
                next.overdueSince = null;
            }
        }
        if (changes.isEmpty()) {
            return this;
        }
        return next.build(at, new HistoryEntry(at, ChangeCause.API, actor, status, status,
                String.join("; ", changes)));
    }

    /** Past due and still open, and not yet reported so: the overdue check marks it (once per episode). */
    public boolean fallsOverdueOn(LocalDate today) {
        return overdueSince == null && Lifecycle.isOpen(status) && due.date() != null && due.date().isBefore(today);
    }

    public TrackedItem markedOverdue(Instant at, LocalDate today) {
        if (!fallsOverdueOn(today)) {
            return this;
        }
        Builder next = new Builder(this);
        next.overdueSince = at;
        return next.build(at, new HistoryEntry(at, ChangeCause.OVERDUE_CHECK, "overdue-check", status, status,
                "overdue: was due " + due.date()));
    }

    /** A retro of another epic arrived while the item was still open: it is carried over (once per epic). */
    public TrackedItem carriedInto(RetroContext retro) {
        String epic = Epics.canonical(retro.epicId());
        if (!Lifecycle.isOpen(status) || Epics.sameEpic(epicId, retro.epicId()) || carriedOverInto.contains(epic)) {
            return this;
        }
        Builder next = new Builder(this);
        next.carriedOver = carriedOver + 1;
        List<String> into = new ArrayList<>(carriedOverInto);
        into.add(epic);
        next.carriedOverInto = into;
        return next.build(retro.at(), new HistoryEntry(retro.at(), ChangeCause.RETRO, retro.retroId(), status,
                status, "still open at the retro of epic " + retro.epicId() + " (carried over " + next.carriedOver
                + "×)"));
    }

    /**
     * The epic this item's milestone waits for arrived (a retro of it, {@link ChangeCause#RETRO}, or the first story
     * of it started, {@link ChangeCause#STORY}): the item falls due then.
     */
    public TrackedItem milestoneReached(String arrivedEpic, LocalDate on, ChangeCause cause, String actor,
                                        Instant at) {
        if (!due.awaits(arrivedEpic)) {
            return this;
        }
        Builder next = new Builder(this);
        next.due = due.reached(on);
        return next.build(at, new HistoryEntry(at, cause, actor, status, status,
                "epic " + arrivedEpic + " arrived: due " + on));
    }

    /** The mutable copy each change starts from. */
    private static final class Builder {

        private final TrackedItem from;
        private String owner;
        private Due due;
        private Priority priority;
        private ItemStatus status;
        private String category;
        private String acceptanceCriteria;
        private String location;
        private String lastRetroId;
        private ChangeCause stateSetBy;
        private Instant stateSetAt;
        private RetroReport reported;
        private String dropReason;
        private Instant overdueSince;
        private int carriedOver;
        private List<String> carriedOverInto;

        Builder(TrackedItem from) {
            this.from = from;
            owner = from.owner;
            due = from.due;
            priority = from.priority;
            status = from.status;
            category = from.category;
            acceptanceCriteria = from.acceptanceCriteria;
            location = from.location;
            lastRetroId = from.lastRetroId;
            stateSetBy = from.stateSetBy;
            stateSetAt = from.stateSetAt;
            reported = from.reported;
            dropReason = from.dropReason;
            overdueSince = from.overdueSince;
            carriedOver = from.carriedOver;
            carriedOverInto = from.carriedOverInto;
        }

        /** A change people see: a new version with its history entry (and so its event). */
        TrackedItem build(Instant at, HistoryEntry entry) {
            List<HistoryEntry> history = new ArrayList<>(from.history);
            history.add(entry);
            return copy(at, from.version + 1, history);
        }

        /** Only the memory of what retros said changed: saved, but no new version, history entry or event. */
        TrackedItem remembered() {
            return copy(from.updatedAt, from.version, from.history);
        }

        private TrackedItem copy(Instant updatedAt, long version, List<HistoryEntry> history) {
            return new TrackedItem(from.id, from.team, from.epicId, from.kind, from.title, owner, due, priority,
                    status, from.debtId, category, acceptanceCriteria, location, from.firstRetroId, lastRetroId,
                    from.createdAt, updatedAt, version, from.raisedOn, stateSetBy, stateSetAt, reported, dropReason,
                    overdueSince, carriedOver, carriedOverInto, history);
        }
    }
}
