package dev.retrotrack.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A record a consumer could not process, as it was: where it came from, its key and bytes, why it failed, and what
 * has been done about it. Its id is its place in Kafka ({@code topic-partition-offset}), so recording the same
 * failure twice (after a crash) keeps one dead letter.
 *
 * @param payload         the record's value: as text when it is valid UTF-8, else base64 ({@code payloadBase64})
 * @param status          {@code PENDING} until someone redrives or discards it
 */
public record DeadLetter(String id, String service, String topic, int partition, long offset, String key,
                         String payload, boolean payloadBase64, String exceptionClass, String exceptionMessage,
                         Instant failedAt, Status status, Instant resolvedAt, String resolvedBy) {

    /** What has been done about a dead letter. */
    public enum Status { PENDING, REDRIVEN, DISCARDED }

    public static String id(String topic, int partition, long offset) {
        return topic + "-" + partition + "-" + offset;
    }

    /** A new, pending dead letter for these bytes (kept as text when they are valid UTF-8). */
    public static DeadLetter of(String service, String topic, int partition, long offset, String key, byte[] value,
                                Throwable cause, Instant at) {
        String text = utf8(value);
        String message = cause.getMessage() == null ? null : cause.getMessage().length() > 2_000
                ? cause.getMessage().substring(0, 2_000) + "…" : cause.getMessage();
        return new DeadLetter(id(topic, partition, offset), service, topic, partition, offset, key,
                text != null ? text : Base64.getEncoder().encodeToString(value), text == null,
                cause.getClass().getName(), message, at, Status.PENDING, null, null);
    }

    /** The record's value as it was. */
    public byte[] value() {
        return payloadBase64 ? Base64.getDecoder().decode(payload) : payload.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
    }
}
