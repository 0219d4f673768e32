package dev.retrotrack.metrics.support;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;

/**
 * Metrics set from what is stored, not counted event by event: {@link #refresh()} runs once before the web server
 * starts, so the first scrape after a restart already shows the stored truth, and then on the subclass's schedule.
 * If MongoDB is not reachable at start-up, the service still starts and the schedule catches up once it is.
 */
public abstract class RefreshedFromStore implements SmartInitializingSingleton {

    /** Sets the metrics from the store. */
    public abstract void refresh();

    @Override
    public void afterSingletonsInstantiated() {
        try {
            refresh();
        } catch (DataAccessException unreachable) {
            LoggerFactory.getLogger(getClass()).warn("Metrics not restored at start-up, retrying on schedule: {}",
                    unreachable.getMessage());
        }
    }
}
