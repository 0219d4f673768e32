package dev.retrotrack.tracker.item.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.Epics;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.tracker.item.DueDatePolicy;
import dev.retrotrack.tracker.item.FollowThroughMatcher;
import dev.retrotrack.tracker.item.FollowThroughReport;
import dev.retrotrack.tracker.item.ItemDraft;
import dev.retrotrack.tracker.item.ItemId;
import dev.retrotrack.tracker.item.RetroItems;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.persistence.FollowThroughReports;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a submitted retro does to the tracker, in order: its own items are raised or restated (and moved forward
 * when it reports them further along); its follow-through section is matched to the team's earlier items and their
 * reported states applied; the team's earlier items still open are counted as carried over; items whose milestone
 * is this epic fall due. Idempotent: the same event again, or the same retro posted again, changes nothing that is
 * already so, because every step is keyed by stable ids and checks before it changes. Times come from the event,
 * so a replay writes the same values.
 */
@Service
public class RetroIngestion {

    private final ItemStore store;
    private final StoryArrivals arrivals;
    private final ItemChanges changes;
    private final FollowThroughReports reports;
    private final DueDatePolicy policy;

    private static final Logger log = LoggerFactory.getLogger(RetroIngestion.class);

    RetroIngestion(ItemStore store, ItemChanges changes, FollowThroughReports reports, TrackerProperties properties,
                   StoryArrivals arrivals) {
        this.arrivals = arrivals;
        this.store = store;
        this.changes = changes;
        this.reports = reports;
        this.policy = properties.dueDatePolicy();
    }

    public void ingest(EventEnvelope<RetroSubmitted> event) {
        RetroSubmitted submitted = event.payload();
        Retro retro = submitted.retro();
        String team = submitted.team();
        LocalDate retroDate = retro.date() != null ? retro.date()
                : LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        TrackedItem.RetroContext context = new TrackedItem.RetroContext(submitted.retroId(), retro.epic().id(),
                retroDate, event.occurredAt());
        // Read before this retro's own items are written: the items of earlier retros.
        List<StoredItem> earlierStored = store.liveItemsOf(team).stream()
                .filter(stored -> isEarlier(stored.item(), context)).toList();
        List<TrackedItem> earlier = earlierStored.stream().map(StoredItem::item).toList();

        ItemChanges.Batch batch = changes.batch(event.trace());
        // This retro's items: new ones raised in one bulk write; ones that exist (a retro posted again, or one
        // item named twice in it) restated and moved forward when the retro reports them further along.
        List<ItemDraft> drafts = RetroItems.of(retro);
        Map<String, TrackedItem> raised = new LinkedHashMap<>();
        for (ItemDraft draft : drafts) {
            raised.computeIfAbsent(idOf(team, context, draft),
                    id -> arrivals.dueIfStarted(team, TrackedItem.raise(team, draft, context, policy)));
        }
        List<String> existed = batch.createAllIfAbsent(team, List.copyOf(raised.values()));
        Set<String> seen = new HashSet<>();
        for (ItemDraft draft : drafts) {
            String id = idOf(team, context, draft);
            boolean raisedByThisDraft = seen.add(id) && !existed.contains(id);
            if (!raisedByThisDraft && batch.change(id, item -> item.restatedBy(draft, context, policy)
                    .reportedBy(draft.status(), ChangeCause.RETRO, context)).isEmpty()) {
                // Neither inserted nor found: never drop an item silently; the listener retries, then dead-letters.
                throw new IllegalStateException("Item " + id + " of retro " + submitted.retroId()
                        + " was neither saved nor found");
            }
        }
        Optional<FollowThroughReport> report = followThrough(retro, team, context, earlier, batch);
        // In one bulk write: a team's later retros carry hundreds of open items over.
        batch.changeAll(team, earlierStored, current -> current.carriedInto(context)
                .milestoneReached(context.epicId(), retroDate, ChangeCause.RETRO, context.retroId(), context.at()));
        batch.publish();
        // Saved last: a client that polls for the report (it is how a poster learns the retro was applied) then
        // reads items whose carry-over and milestones are already written, not a half-applied retro.
        report.ifPresent(reports::save);
        // Logged inside the listener's span: the line carries the retro's trace id, as the ingest's lines do.
        log.info("Retro {} of team {} (epic {}): {} item(s), {} earlier item(s) followed", submitted.retroId(), team,
                context.epicId(), drafts.size(), earlier.size());
    }

    private Optional<FollowThroughReport> followThrough(Retro retro, String team, TrackedItem.RetroContext context,
                                                        List<TrackedItem> earlier, ItemChanges.Batch batch) {
        if (retro.followThrough().isEmpty()) {
            return Optional.empty();
        }
        List<FollowThroughReport.Row> rows = new ArrayList<>();
        for (FollowThroughMatcher.Match match : FollowThroughMatcher.match(retro.followThrough(), earlier)) {
            Retro.FollowThroughItem row = match.row();
            if (!match.matched()) {
                rows.add(new FollowThroughReport.Row(row.title(), row.status(), null, null, match.score(), null,
                        match.unmatchedReason()));
                continue;
            }
            TrackedItem after = batch.change(match.item().id(), item -> item.reportedBy(row.status(),
                    ChangeCause.FOLLOW_THROUGH, context)).orElse(match.item());
            rows.add(new FollowThroughReport.Row(row.title(), row.status(), after.id(), after.title(), match.score(),
                    after.status(), null));
        }
        return Optional.of(new FollowThroughReport(context.retroId(), team, context.epicId(), context.at(), rows));
    }

    private static String idOf(String team, TrackedItem.RetroContext context, ItemDraft draft) {
        return ItemId.of(team, context.epicId(), draft.kind(), draft.debtId(), draft.title());
    }

    /**
     * Raised by a retro of another epic held before this one (by the retros' own dates, so re-posting or
     * back-filling an old retro does not make newer items "earlier"); on the same day, the one posted first.
     */
    private static boolean isEarlier(TrackedItem item, TrackedItem.RetroContext context) {
        if (Epics.sameEpic(item.epicId(), context.epicId())) {
            return false;
        }
        return item.raisedOn().isBefore(context.date())
                || item.raisedOn().equals(context.date()) && item.createdAt().isBefore(context.at());
    }
}
