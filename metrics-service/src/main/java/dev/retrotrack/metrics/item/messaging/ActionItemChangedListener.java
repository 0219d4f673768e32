package dev.retrotrack.metrics.item.messaging;

import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.InvalidEventException;
import dev.retrotrack.events.Topics;
import dev.retrotrack.metrics.item.persistence.ItemStateProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the item state projection current, a poll's records at a time: a backfill sends thousands of item changes
 * at once, and one read and one bulk write per poll instead of two round trips per record is what lets this
 * listener keep up (see the README's consumer-efficiency figures).
 *
 * <p>A record that cannot be read (not JSON, not an item change) fails alone: the records before it are applied,
 * then {@link BatchListenerFailedException} names it, so the one error handler dead-letters just that record and
 * the records after it are polled again. A failure to apply is narrowed down to its record the same way (see
 * {@link #apply}); MongoDB down fails at the first record, so nothing is committed and the error handler retries
 * until MongoDB is back, as it does for single records.
 */
@Component
class ActionItemChangedListener {

    private static final LogAccessor LOG = new LogAccessor(ActionItemChangedListener.class);

    private final ItemStateProjection projection;

    ActionItemChangedListener(ItemStateProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.ACTION_ITEM_CHANGED, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        List<ActionItemStateChanged> changes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EventEnvelope<?>> record = records.get(i);
            RuntimeException unreadable;
            try {
                if (record.value() == null) {
                    RuntimeException undecodable = SerializationUtils.getExceptionFromHeader(record,
                            KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
                    // A record without a value and without a decoding failure (a tombstone) is no item change either.
                    unreadable = undecodable != null ? undecodable
                            : new InvalidEventException("Record without a value at offset " + record.offset());
                } else {
                    changes.add(record.value().as(ActionItemStateChanged.class).payload());
                    unreadable = null;
                }
            } catch (RuntimeException invalid) {
                unreadable = invalid;
            }
            if (unreadable != null) {
                apply(changes);
                throw new BatchListenerFailedException("Unreadable item change", unreadable, i);
            }
        }
        apply(changes);
    }

    /**
     * Applies the changes in one go; if that fails, one by one, so the failure names the record it belongs to: an
     * outage fails at the first record (nothing committed, retried until MongoDB is back), a change that cannot be
     * applied fails alone and is dead-lettered, and the valid changes before it are applied.
     */
    private void apply(List<ActionItemStateChanged> changes) {
        try {
            projection.applyAll(changes);
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < changes.size(); i++) {
                try {
                    projection.apply(changes.get(i));
                } catch (RuntimeException failure) {
                    throw new BatchListenerFailedException("Applying an item change failed: " + failure.getMessage(),
                            failure, i);
                }
            }
        }
    }
}
