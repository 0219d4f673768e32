package dev.retrotrack.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to start and where. Immutable; start from {@link #defaults()} or {@link #fromEnvironment(Map)}
 * and adjust with the {@code with...} methods.
 *
 * <p>Ports: {@link #ANY_FREE_PORT} (0) asks the launcher to pick a free port, which tests use so
 * they never collide with a running {@code ./run-local}. The {@link RunningStack#config()} of a
 * started stack holds the ports actually used, so a test can restart on exactly the same ones.
 *
 * @param repoDir                the repository root; the service jars are in {@code <module>/target/}
 * @param dataDir                where Kafka's log dir, the MongoDB file and all log files live
 * @param kafkaPort              the broker's PLAINTEXT port on 127.0.0.1
 * @param kafkaControllerPort    the KRaft controller port on 127.0.0.1, or {@link #NEXT_TO_KAFKA}
 * @param mongoPort              the MongoDB wire server's port on 127.0.0.1
 * @param servicePorts           the API and management ports of every {@link Service}
 * @param externalKafkaBootstrap a Kafka to use instead of starting one ({@code host:port}), or null
 * @param externalMongoUri       a MongoDB to use instead of starting one, or null
 * @param infraOnly              start only Kafka and MongoDB, no services
 * @param aotCache               start services from the JDK's AOT cache when one was trained for their jar, and
 *                               train it in the background when not ({@link AotCache}; needs Java 25 or newer)
 * @param startupTimeout         how long the whole start may take before it is given up
 */
public record LocalStackConfig(
        Path repoDir,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        Map<Service, ServicePorts> servicePorts,
        String externalKafkaBootstrap,
        String externalMongoUri,
        boolean infraOnly,
        boolean aotCache,
        Duration startupTimeout) {

    /** Port value meaning "pick any free port on 127.0.0.1". */
    public static final int ANY_FREE_PORT = 0;
    /** Controller port value meaning "Kafka's port + 1", or a free port when Kafka's port is picked freely. */
    public static final int NEXT_TO_KAFKA = -1;

    /** Kafka's default PLAINTEXT port. */
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** MongoDB's default port. */
    public static final int DEFAULT_MONGO_PORT = 27017;
    /** How long a start may take by default: three Spring Boot JVMs on two cores are slow to boot. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);

    /** Validates and normalises (blank external addresses mean "none"). */
    public LocalStackConfig {
        Objects.requireNonNull(repoDir, "repoDir");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        requirePort("kafkaPort", kafkaPort);
        if (kafkaControllerPort != NEXT_TO_KAFKA) {
            requirePort("kafkaControllerPort", kafkaControllerPort);
        }
        requirePort("mongoPort", mongoPort);
        Objects.requireNonNull(servicePorts, "servicePorts");
        if (!servicePorts.keySet().containsAll(EnumSet.allOf(Service.class))) {
            throw new IllegalArgumentException("servicePorts must name every service, was " + servicePorts);
        }
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
        repoDir = repoDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        externalKafkaBootstrap = blankToNull(externalKafkaBootstrap);
        externalMongoUri = blankToNull(externalMongoUri);
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
    }

    /** The {@code ./run-local} defaults: repository found from where this code runs, data in {@code <repo>/.local-data}. */
    public static LocalStackConfig defaults() {
        return defaults(RepoLayout.detectRepoDir());
    }

    /** The defaults for a given repository root. */
    public static LocalStackConfig defaults(Path repoDir) {
        return new LocalStackConfig(repoDir, repoDir.resolve(".local-data"),
                DEFAULT_KAFKA_PORT, NEXT_TO_KAFKA, DEFAULT_MONGO_PORT, portsOfEveryService(Service::defaultPorts),
                null, null, false, true, DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * The defaults overridden by the {@code RETROTRACK_*} variables of {@code env} (see
     * {@code ./run-local --help}), e.g. {@code fromEnvironment(System.getenv())}.
     *
     * @throws IllegalArgumentException if a variable holds something unusable, naming it
     */
    public static LocalStackConfig fromEnvironment(Map<String, String> env) {
        return CommandLine.applyEnvironment(defaults(), env);
    }

    /** The HTTP (API) port configured for {@code service}. */
    public int port(Service service) {
        return servicePorts.get(service).http();
    }

    /** The management (actuator) port configured for {@code service}. */
    public int managementPort(Service service) {
        return servicePorts.get(service).management();
    }

    /** Whether the launcher starts its own broker (no external one given). */
    public boolean startsKafka() {
        return externalKafkaBootstrap == null;
    }

    /** Whether the launcher starts its own MongoDB wire server (no external one given). */
    public boolean startsMongo() {
        return externalMongoUri == null;
    }

    /** The same, with another repository root. */
    public LocalStackConfig withRepoDir(Path dir) {
        return new LocalStackConfig(dir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, with another data folder. */
    public LocalStackConfig withDataDir(Path dir) {
        return new LocalStackConfig(repoDir, dir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, with another Kafka PLAINTEXT port. */
    public LocalStackConfig withKafkaPort(int port) {
        return new LocalStackConfig(repoDir, dataDir, port, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, with another KRaft controller port (or {@link #NEXT_TO_KAFKA}). */
    public LocalStackConfig withKafkaControllerPort(int port) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, port, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, with another MongoDB port. */
    public LocalStackConfig withMongoPort(int port) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, port,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, with another HTTP (API) port for {@code service}. */
    public LocalStackConfig withPort(Service service, int port) {
        return withServicePorts(service, servicePorts.get(service).withHttp(port));
    }

    /** The same, with another management (actuator) port for {@code service}. */
    public LocalStackConfig withManagementPort(Service service, int port) {
        return withServicePorts(service, servicePorts.get(service).withManagement(port));
    }

    /** The same, with every port picked freely at start ({@link #ANY_FREE_PORT}). */
    public LocalStackConfig withFreePorts() {
        return new LocalStackConfig(repoDir, dataDir, ANY_FREE_PORT, ANY_FREE_PORT, ANY_FREE_PORT,
                portsOfEveryService(service -> ServicePorts.ANY_FREE), externalKafkaBootstrap, externalMongoUri,
                infraOnly, aotCache, startupTimeout);
    }

    /** The same, using an already running Kafka ({@code host:port[,...]}) instead of starting one; null to start one. */
    public LocalStackConfig withExternalKafka(String bootstrapServers) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, bootstrapServers, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, using an already running MongoDB instead of starting one; null to start one. */
    public LocalStackConfig withExternalMongo(String mongoUri) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, mongoUri, infraOnly, aotCache, startupTimeout);
    }

    /** The same, starting only Kafka and MongoDB (true) or everything (false). */
    public LocalStackConfig withInfraOnly(boolean onlyInfrastructure) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, onlyInfrastructure,
                aotCache, startupTimeout);
    }

    /** The same, with the AOT cache used and trained (true) or every service started plainly (false). */
    public LocalStackConfig withAotCache(boolean useAotCache) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, useAotCache, startupTimeout);
    }

    /** The same, with another overall startup timeout. */
    public LocalStackConfig withStartupTimeout(Duration timeout) {
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                servicePorts, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, timeout);
    }

    private LocalStackConfig withServicePorts(Service service, ServicePorts ports) {
        Map<Service, ServicePorts> changed = new EnumMap<>(servicePorts);
        changed.put(service, ports);
        return new LocalStackConfig(repoDir, dataDir, kafkaPort, kafkaControllerPort, mongoPort,
                changed, externalKafkaBootstrap, externalMongoUri, infraOnly, aotCache, startupTimeout);
    }

    private static Map<Service, ServicePorts> portsOfEveryService(Function<Service, ServicePorts> ports) {
        Map<Service, ServicePorts> all = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            all.put(service, ports.apply(service));
        }
        return all;
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
