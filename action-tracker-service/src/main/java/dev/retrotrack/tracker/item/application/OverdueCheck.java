package dev.retrotrack.tracker.item.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.retrotrack.events.TraceContext;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks open items whose due date has passed as overdue, one event per item: the mark is saved with the item, so
 * neither the next run nor a restart (nor a second instance, which loses the optimistic lock) reports it again.
 * Runs shortly after start-up and then every {@code retrotrack.tracker.overdue-check}.
 */
@Component
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);
    private static final int BATCH = 500;

    private final ItemStore store;
    private final ItemChanges changes;
    private final Clock clock;

    OverdueCheck(ItemStore store, ItemChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${retrotrack.tracker.overdue-initial-delay:5s}",
            fixedDelayString = "${retrotrack.tracker.overdue-check:1m}")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        List<String> due;
        int marked = 0;
        do {
            due = store.fallingOverdue(today, BATCH);
            ItemChanges.Batch batch = changes.batch(TraceContext.NONE);
            for (String id : due) {
                batch.change(id, item -> item.markedOverdue(clock.instant(), today));
            }
            batch.publish();
            marked += due.size();
        } while (due.size() == BATCH);
        if (marked > 0) {
            log.info("Marked {} item(s) overdue", marked);
        }
    }
}
