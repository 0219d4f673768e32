package dev.retrotrack.events;

/**
 * W3C trace context of the request that caused an event, so a retro can be followed across services.
 *
 * @param traceparent the {@code traceparent} header value, or {@code null} when no trace was active
 * @param tracestate  the {@code tracestate} header value, or {@code null}
 */
public record TraceContext(String traceparent, String tracestate) {

    /** No active trace. */
    public static final TraceContext NONE = new TraceContext(null, null);
}
