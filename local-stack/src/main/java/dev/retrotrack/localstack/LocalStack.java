package dev.retrotrack.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops the whole suite: MongoDB wire server, Kafka broker, then the three services,
 * each only once the previous part is ready. {@link #main} is what {@code ./run-local} runs;
 * tests use {@link #start(LocalStackConfig)}.
 *
 * <p>Whatever fails during start stops what was already started, so a failed start leaves no
 * process behind either.
 */
public final class LocalStack {

    private final PrintStream out;
    private final Object lock = new Object();
    /** Volatile so main can read it while a shutdown hook holds the lock. */
    private volatile boolean stopping;
    private MongoWireServer mongo;
    private KafkaBroker kafka;
    private final List<ServiceProcess> services = new ArrayList<>();

    private LocalStack(PrintStream out) {
        this.out = out;
    }

    /**
     * Starts everything {@code config} asks for and returns once all of it is ready (services
     * report UP). Progress goes to standard output.
     *
     * @throws LocalStackException if a part fails or the startup timeout passes; everything already
     *                             started is stopped again before this is thrown
     */
    public static RunningStack start(LocalStackConfig config) {
        return new LocalStack(System.out).run(config);
    }

    /**
     * The command line: {@code ./run-local [options]}, see {@code --help}. Runs until Ctrl-C or
     * SIGTERM, then stops everything through a shutdown hook. Exits 1 if the start fails, 2 on a
     * bad option.
     *
     * @param args options, see {@link CommandLine#usage()}
     * @throws InterruptedException never in practice: the main thread just waits for the JVM to end
     */
    public static void main(String[] args) throws InterruptedException {
        CommandLine.Parsed parsed;
        try {
            parsed = CommandLine.parse(args, System.getenv(), LocalStackConfig.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println("run-local: " + e.getMessage());
            System.err.println("Try './run-local --help'.");
            System.exit(2);
            return;
        }
        if (parsed.helpRequested()) {
            System.out.print(CommandLine.usage());
            return;
        }
        LocalStack stack = new LocalStack(System.out);
        // Registered before anything starts, so Ctrl-C in the middle of the start cleans up too.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "retrotrack-local-stack-shutdown"));
        RunningStack running;
        try {
            running = stack.run(parsed.config());
        } catch (LocalStackException e) {
            if (!stack.stopping) { // Not when Ctrl-C during the start caused the failure.
                System.err.println();
                System.err.println("Retrotrack could not start: " + e.getMessage());
            }
            System.exit(1);
            return;
        }
        System.out.println(running.summary());
        new CountDownLatch(1).await();
    }

    private RunningStack run(LocalStackConfig requested) {
        try {
            return startAll(requested);
        } catch (RuntimeException e) {
            stop();
            throw e instanceof LocalStackException ? e : new LocalStackException("Unexpected failure: " + e, e);
        }
    }

    private RunningStack startAll(LocalStackConfig requested) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(requested.startupTimeout());
        // Before anything starts: a missing jar is the most common mistake and needs no Kafka to report.
        Map<Service, Path> jars = requested.infraOnly() ? Map.of() : serviceJars(requested.repoDir());
        LocalStackConfig config = withConcretePorts(requested);
        if (!config.infraOnly()) {
            // Checked now rather than after a minute of booting, when a service would fail to bind.
            for (Service service : Service.values()) {
                Ports.requireFree(config.port(service), service.moduleName());
                Ports.requireFree(config.managementPort(service), service.moduleName() + " management");
            }
        }
        createDirectories(config.dataDir().resolve("logs"));

        String mongoUri = config.externalMongoUri();
        if (config.startsMongo()) {
            Path file = config.dataDir().resolve("mongo").resolve("retrotrack.mv.db");
            out.printf("Starting MongoDB wire server on %s:%d (data: %s)%n", Ports.HOST, config.mongoPort(), file);
            MongoWireServer started = MongoWireServer.start(file, config.mongoPort());
            synchronized (lock) {
                requireNotStopping(started);
                mongo = started;
            }
            mongoUri = started.uri();
        }

        String kafkaBootstrap = config.externalKafkaBootstrap();
        if (config.startsKafka()) {
            out.printf("Starting Kafka (KRaft, single node) on %s:%d, controller on port %d (log: %s)%n",
                    Ports.HOST, config.kafkaPort(), config.kafkaControllerPort(),
                    config.dataDir().resolve("logs").resolve("kafka.log"));
            KafkaBroker started = KafkaBroker.start(config.dataDir(), config.kafkaPort(), config.kafkaControllerPort());
            synchronized (lock) {
                requireNotStopping(started);
                kafka = started;
            }
            started.awaitReady(deadline);
            kafkaBootstrap = started.bootstrapServers();
        } else {
            out.printf("Using external Kafka at %s%n", kafkaBootstrap);
            KafkaBroker.awaitReady(kafkaBootstrap, deadline, () -> { });
        }
        out.printf("Kafka ready after %.1f s%n", seconds(begin));

        if (!config.infraOnly()) {
            out.println("Starting services (output in " + config.dataDir().resolve("logs") + ")");
            for (Service service : Service.values()) {
                ServiceProcess started = ServiceProcess.start(service, jars.get(service),
                        config.servicePorts().get(service), kafkaBootstrap, mongoUri, config.dataDir());
                synchronized (lock) {
                    requireNotStopping(started);
                    services.add(started);
                }
            }
            ServiceProcess.awaitAllHealthy(List.copyOf(services), deadline, out::println);
        }
        out.printf("Everything is up after %.1f s%n", seconds(begin));
        warnWhenAChildDies();
        return new RunningStack(config, kafkaBootstrap, mongoUri, this::stop);
    }

    /** Stops services (all at once), then Kafka, then MongoDB. Idempotent; safe from a shutdown hook. */
    private void stop() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            if (services.isEmpty() && kafka == null && mongo == null) {
                return;
            }
            if (!services.isEmpty()) {
                out.println("Stopping services...");
                ChildProcesses.stop(services.stream().map(ServiceProcess::process).toList(), ChildProcesses.STOP_GRACE);
            }
            if (kafka != null) {
                out.println("Stopping Kafka...");
                kafka.close();
            }
            if (mongo != null) {
                out.println("Stopping MongoDB wire server...");
                mongo.close();
            }
            out.println("Stopped.");
        }
    }

    /** Called with the lock held: a part that finished starting after a stop began is closed at once. */
    private void requireNotStopping(AutoCloseable justStarted) {
        if (stopping) {
            try {
                justStarted.close();
            } catch (Exception ignored) {
                // We are shutting down anyway.
            }
            throw new LocalStackException("Stopped while starting");
        }
    }

    private static Map<Service, Path> serviceJars(Path repoDir) {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            RepoLayout.serviceJar(repoDir, service).ifPresentOrElse(
                    jar -> jars.put(service, jar),
                    () -> missing.add(repoDir.resolve(service.moduleName()).resolve("target")
                            .resolve(service.moduleName() + "-*.jar").toString()));
        }
        if (!missing.isEmpty()) {
            throw new LocalStackException("Service jar(s) not built: " + String.join(", ", missing)
                    + System.lineSeparator() + "  Build them with './mvnw -DskipTests package' (./run-local does this"
                    + " for you), or start only Kafka and MongoDB with --infra-only.");
        }
        return jars;
    }

    /** Replaces every "any free port" (and the default controller port) with a concrete port. */
    static LocalStackConfig withConcretePorts(LocalStackConfig config) {
        boolean kafka = config.startsKafka();
        boolean apps = !config.infraOnly();
        boolean freeController = config.kafkaControllerPort() == LocalStackConfig.ANY_FREE_PORT
                || (config.kafkaControllerPort() == LocalStackConfig.NEXT_TO_KAFKA
                && config.kafkaPort() == LocalStackConfig.ANY_FREE_PORT);
        int needed = count(kafka && config.kafkaPort() == 0) + count(kafka && freeController)
                + count(config.startsMongo() && config.mongoPort() == 0);
        for (Service service : Service.values()) {
            needed += count(apps && config.port(service) == 0) + count(apps && config.managementPort(service) == 0);
        }
        Iterator<Integer> free = Ports.free(needed).iterator();
        LocalStackConfig result = config;
        if (kafka && config.kafkaPort() == 0) {
            result = result.withKafkaPort(free.next());
        }
        if (kafka && freeController) {
            result = result.withKafkaControllerPort(free.next());
        } else if (config.kafkaControllerPort() == LocalStackConfig.NEXT_TO_KAFKA) {
            result = result.withKafkaControllerPort(result.kafkaPort() + 1);
        }
        if (config.startsMongo() && config.mongoPort() == 0) {
            result = result.withMongoPort(free.next());
        }
        for (Service service : Service.values()) {
            if (apps && config.port(service) == 0) {
                result = result.withPort(service, free.next());
            }
            if (apps && config.managementPort(service) == 0) {
                result = result.withManagementPort(service, free.next());
            }
        }
        return result;
    }

    /**
     * After a successful start a dying child would otherwise go unnoticed in the console. The check
     * is delayed because Ctrl-C reaches the children too, often before our shutdown hook runs.
     */
    private void warnWhenAChildDies() {
        List<Map.Entry<String, Process>> children = new ArrayList<>();
        synchronized (lock) {
            if (kafka != null) {
                children.add(Map.entry("Kafka (log: " + kafka.logFile() + ")", kafka.process()));
            }
            for (ServiceProcess service : services) {
                children.add(Map.entry(service.service().moduleName() + " (log: " + service.logFile() + ")",
                        service.process()));
            }
        }
        for (Map.Entry<String, Process> child : children) {
            child.getValue().onExit().thenRunAsync(() -> {
                synchronized (lock) {
                    if (!stopping) {
                        System.err.printf("WARNING: %s exited with code %d%n", child.getKey(), child.getValue().exitValue());
                    }
                }
            }, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalStackException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int count(boolean condition) {
        return condition ? 1 : 0;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
