package dev.retrotrack.support.web;

import java.net.URI;

/** Stable {@code type} URIs of Retrotrack's problems; clients may switch on them. */
public final class ProblemTypes {

    private static final String BASE = "https://retrotrack.dev/problems/";

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI MALFORMED_BODY = of("malformed-body");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI EVENT_BUS_UNAVAILABLE = of("event-bus-unavailable");
    public static final URI STORAGE_UNAVAILABLE = of("storage-unavailable");
    public static final URI INTERNAL_ERROR = of("internal-error");

    private ProblemTypes() {
    }

    /** A problem type under Retrotrack's base, for service-specific failures. */
    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
