package dev.retrotrack.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A started local stack: where everything is, and {@link #close()} to stop it all (services first,
 * then Kafka, then MongoDB). Returned by {@link LocalStack#start(LocalStackConfig)}.
 */
public final class RunningStack implements AutoCloseable {

    private final LocalStackConfig config;
    private final String kafkaBootstrap;
    private final String mongoUri;
    private final Set<Service> fromAotCache;
    private final CompletableFuture<Set<Service>> aotTraining;
    private final Runnable stopper;

    RunningStack(LocalStackConfig config, String kafkaBootstrap, String mongoUri, Set<Service> fromAotCache,
                 CompletableFuture<Set<Service>> aotTraining, Runnable stopper) {
        this.config = config;
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoUri = mongoUri;
        this.fromAotCache = Set.copyOf(fromAotCache);
        this.aotTraining = aotTraining;
        this.stopper = stopper;
    }

    /** The services that started from the JDK's AOT cache ({@link AotCache}). */
    public Set<Service> startedFromAotCache() {
        return fromAotCache;
    }

    /**
     * The AOT cache training this start began in the background: completes with the services whose cache was
     * written (empty if none needed one, or the cache is off or unsupported).
     */
    public CompletableFuture<Set<Service>> aotTraining() {
        return aotTraining;
    }

    /**
     * The configuration actually used: like the one given to {@code start}, but with every
     * "any free port" replaced by the port picked, so it can start the same stack again.
     */
    public LocalStackConfig config() {
        return config;
    }

    /** Kafka's bootstrap servers, e.g. {@code 127.0.0.1:9092} (the external one if one was given). */
    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** The MongoDB connection string, e.g. {@code mongodb://127.0.0.1:27017} (the external one if given). */
    public String mongoUri() {
        return mongoUri;
    }

    /** The base URL of {@code service}'s API, e.g. {@code http://127.0.0.1:8081}. */
    public URI serviceUrl(Service service) {
        return URI.create("http://" + Ports.HOST + ":" + config.port(service));
    }

    /**
     * The base URL of {@code service}'s management server, e.g. {@code http://127.0.0.1:9081}: where
     * {@code /actuator/health} and {@code /actuator/prometheus} are (the API port does not serve them).
     */
    public URI managementUrl(Service service) {
        return URI.create("http://" + Ports.HOST + ":" + config.managementPort(service));
    }

    /** Base URL of {@link Service#INGEST}. */
    public URI ingestUrl() {
        return serviceUrl(Service.INGEST);
    }

    /** Base URL of {@link Service#TRACKER}. */
    public URI trackerUrl() {
        return serviceUrl(Service.TRACKER);
    }

    /** Base URL of {@link Service#METRICS}. */
    public URI metricsUrl() {
        return serviceUrl(Service.METRICS);
    }

    /** The data folder. */
    public Path dataDir() {
        return config.dataDir();
    }

    /** Where {@code service} writes its stdout and stderr. */
    public Path logFile(Service service) {
        return ServiceProcess.logFile(config.dataDir(), service);
    }

    /** Where the broker logs, if this stack started one. */
    public Optional<Path> kafkaLogFile() {
        return config.startsKafka() ? Optional.of(config.dataDir().resolve("logs").resolve("kafka.log")) : Optional.empty();
    }

    /** A human-readable overview of URLs, addresses and log files, as {@code ./run-local} prints it. */
    public String summary() {
        StringBuilder text = new StringBuilder(System.lineSeparator());
        List<Path> logs = new ArrayList<>();
        kafkaLogFile().ifPresent(logs::add);
        if (config.infraOnly()) {
            text.append("Retrotrack infrastructure is running (--infra-only: no services started).%n%n".formatted());
        } else {
            text.append("Retrotrack is running.%n%n".formatted());
            for (Service service : Service.values()) {
                text.append("  %-24s %-24s management %s%n".formatted(service.moduleName(), serviceUrl(service),
                        managementUrl(service)));
                logs.add(logFile(service));
            }
            text.append("  %-24s %s%n".formatted("", "health: <management>/actuator/health, metrics: "
                    + managementUrl(Service.METRICS).resolve("/actuator/prometheus")));
            text.append(DemoKeys.summary());
            text.append(System.lineSeparator());
        }
        text.append("  %-24s %s%s%n".formatted("Kafka bootstrap", kafkaBootstrap,
                config.startsKafka() ? "" : "  (external)"));
        text.append("  %-24s %s%s%n".formatted("MongoDB URI", mongoUri, config.startsMongo() ? "" : "  (external)"));
        text.append("  %-24s %s%n".formatted("Data folder", config.dataDir()));
        for (int i = 0; i < logs.size(); i++) {
            text.append("  %-24s %s%n".formatted(i == 0 ? "Logs" : "", logs.get(i)));
        }
        text.append("%nPress Ctrl-C to stop.%n".formatted());
        return text.toString();
    }

    /** Stops the services, then Kafka, then MongoDB; waits for each. Safe to call twice. */
    @Override
    public void close() {
        stopper.run();
    }
}
