package dev.retrotrack.support.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * Traces and logs leave the service only encrypted unless someone says otherwise: an OTLP export that is switched on
 * with a plain {@code http://} endpoint stops the service at start-up, naming the property to fix, unless
 * {@code retrotrack.otlp.allow-plaintext=true} (for a collector on the same host or pod network).
 */
public final class OtlpTransportSecurity {

    static final String ALLOW_PLAINTEXT = "retrotrack.otlp.allow-plaintext";

    /** The exports Boot offers: the property that switches each on, and its endpoint's. */
    private static final List<String[]> EXPORTS = List.of(
            new String[] {"management.tracing.export.otlp.enabled",
                    "management.opentelemetry.tracing.export.otlp.endpoint"},
            new String[] {"management.logging.export.otlp.enabled",
                    "management.opentelemetry.logging.export.otlp.endpoint"});

    private OtlpTransportSecurity() {
    }

    /** @throws IllegalStateException when an enabled export would send in plain text without being allowed to */
    public static void check(Environment environment) {
        if (environment.getProperty(ALLOW_PLAINTEXT, Boolean.class, false)) {
            return;
        }
        List<String> plaintext = new ArrayList<>();
        for (String[] export : EXPORTS) {
            String endpoint = environment.getProperty(export[1]);
            // Boot's own default for these switches is on: mirror it, so the check holds without our defaults file.
            if (environment.getProperty(export[0], Boolean.class, true) && endpoint != null
                    && endpoint.strip().toLowerCase(Locale.ROOT).startsWith("http://")) {
                plaintext.add(export[1] + "=" + endpoint);
            }
        }
        if (!plaintext.isEmpty()) {
            throw new IllegalStateException("OTLP export would send telemetry unencrypted (" + String.join(", ",
                    plaintext) + "): use an https:// endpoint, or set " + ALLOW_PLAINTEXT
                    + "=true if the collector is on a trusted local network");
        }
    }
}
