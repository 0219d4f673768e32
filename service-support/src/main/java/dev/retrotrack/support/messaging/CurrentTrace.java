package dev.retrotrack.support.messaging;

import dev.retrotrack.events.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;

/** The W3C trace context of the current span, for stamping into event envelopes. */
public class CurrentTrace {

    private final ObjectProvider<Tracer> tracer;

    public CurrentTrace(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public TraceContext get() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null) {
            return TraceContext.NONE;
        }
        io.micrometer.tracing.TraceContext context = span.context();
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return new TraceContext("00-" + context.traceId() + "-" + context.spanId() + "-" + flags, null);
    }
}
