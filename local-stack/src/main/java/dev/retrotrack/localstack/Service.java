package dev.retrotrack.localstack;

/** The three Retrotrack services the local stack runs, each from its module's Spring Boot fat jar. */
public enum Service {
    /** Accepts retros over HTTP and publishes them to Kafka. */
    INGEST("retro-ingest-service", new ServicePorts(8081, 9081)),
    /** Tracks action items from retro events. */
    TRACKER("action-tracker-service", new ServicePorts(8082, 9082)),
    /** Turns events into Prometheus metrics. */
    METRICS("metrics-service", new ServicePorts(8083, 9083));

    private final String moduleName;
    private final ServicePorts defaultPorts;

    Service(String moduleName, ServicePorts defaultPorts) {
        this.moduleName = moduleName;
        this.defaultPorts = defaultPorts;
    }

    /** The Maven module (and artifact id) the service is built from, e.g. {@code retro-ingest-service}. */
    public String moduleName() {
        return moduleName;
    }

    /**
     * The ports {@code ./run-local} uses unless told otherwise; the same as the service's own defaults in its
     * {@code application.yml} (the management port is the HTTP port + 1000).
     */
    public ServicePorts defaultPorts() {
        return defaultPorts;
    }
}
