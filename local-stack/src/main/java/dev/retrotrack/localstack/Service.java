package dev.retrotrack.localstack;

/** The three Retrotrack services the local stack runs, each from its module's Spring Boot fat jar. */
public enum Service {
    /** Accepts retros over HTTP and publishes them to Kafka. */
    INGEST("retro-ingest-service", 8081),
    /** Tracks action items from retro events. */
    TRACKER("action-tracker-service", 8082),
    /** Turns events into Prometheus metrics. */
    METRICS("metrics-service", 8083);

    private final String moduleName;
    private final int defaultPort;

    Service(String moduleName, int defaultPort) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
    }

    /** The Maven module (and artifact id) the service is built from, e.g. {@code retro-ingest-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** The HTTP port {@code ./run-local} uses unless told otherwise. */
    public int defaultPort() {
        return defaultPort;
    }
}
