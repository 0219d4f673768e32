package dev.retrotrack.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** AOT cache training runs in progress, stopped with everything else. */
    private final List<Process> trainings = new ArrayList<>();

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

        EnumSet<Service> fromCache = EnumSet.noneOf(Service.class);
        CompletableFuture<Set<Service>> trained = CompletableFuture.completedFuture(Set.of());
        if (!config.infraOnly()) {
            AotCache aot = config.aotCache() && AotCache.supported() ? new AotCache(config.dataDir()) : null;
            out.println("Starting services (output in " + config.dataDir().resolve("logs") + ")");
            for (Service service : Service.values()) {
                AotCache.Launch launch = aot == null ? new AotCache.Launch(jars.get(service), List.of(), false)
                        : aot.launch(service, jars.get(service));
                if (launch.fromCache()) {
                    fromCache.add(service);
                }
                ServiceProcess started = ServiceProcess.start(service, launch, config.servicePorts().get(service),
                        kafkaBootstrap, mongoUri, config.dataDir(), List.of());
                synchronized (lock) {
                    requireNotStopping(started);
                    services.add(started);
                }
            }
            if (!fromCache.isEmpty()) {
                out.println("  from the JDK's AOT cache: " + fromCache.stream().map(Service::moduleName).toList());
            }
            ServiceProcess.awaitAllHealthy(List.copyOf(services), deadline, out::println);
            if (aot != null && fromCache.size() < Service.values().length) {
                trained = trainInBackground(aot, EnumSet.complementOf(fromCache), jars, kafkaBootstrap, mongoUri,
                        config.dataDir());
            }
        }
        out.printf("Everything is up after %.1f s%n", seconds(begin));
        warnWhenAChildDies();
        return new RunningStack(config, kafkaBootstrap, mongoUri, fromCache, trained, this::stop);
    }

    /**
     * Trains the AOT cache of {@code untrained} services one after the other on a background thread, once the stack
     * is up, so this start is not delayed and the next one uses the caches. Each training is a short extra JVM
     * (about as long as a plain start); one at a time, so the running stack keeps most of the machine.
     */
    private CompletableFuture<Set<Service>> trainInBackground(AotCache aot, Set<Service> untrained,
                                                              Map<Service, Path> jars, String kafkaBootstrap,
                                                              String mongoUri, Path dataDir) {
        out.println("Training the JDK's AOT cache in the background for the next start of "
                + untrained.stream().map(Service::moduleName).toList() + " (about 20 s each; --no-aot-cache to skip)");
        return CompletableFuture.supplyAsync(() -> {
            Set<Service> done = EnumSet.noneOf(Service.class);
            for (Service service : untrained) {
                if (stopping) {
                    break;
                }
                Path log = dataDir.resolve("logs").resolve(service.moduleName() + "-aot-training.log");
                try {
                    boolean written = aot.train(service, jars.get(service),
                            launch -> ServiceProcess.command(launch, ServicePorts.ANY_FREE, kafkaBootstrap, mongoUri,
                                    List.of()),
                            dataDir, log, this::startTraining);
                    if (written) {
                        done.add(service);
                    } else if (!stopping) {
                        out.println("AOT cache of " + service.moduleName() + " not written (see " + log
                                + "); it keeps starting without one");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (RuntimeException failed) {
                    if (stopping) {
                        break;
                    }
                    out.println("AOT cache of " + service.moduleName() + " not written (" + failed.getMessage()
                            + "); it keeps starting without one");
                }
            }
            if (!done.isEmpty()) {
                out.println("AOT cache ready for " + done.stream().map(Service::moduleName).toList()
                        + ": their next start uses it");
            }
            return done;
        }, runnable -> {
            Thread thread = new Thread(runnable, "retrotrack-aot-training");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts a training child unless the stack is stopping, and keeps it so {@link #stop()} stops it too. */
    private Process startTraining(String what, List<String> command, Path workDir, Path logFile) {
        synchronized (lock) {
            if (stopping) {
                throw new LocalStackException("Stopped before " + what);
            }
            Process process = ChildProcesses.start(what, command, workDir, logFile);
            trainings.add(process);
            return process;
        }
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
                List<Process> children = new ArrayList<>(services.stream().map(ServiceProcess::process).toList());
                children.addAll(trainings);
                ChildProcesses.stop(children, ChildProcesses.STOP_GRACE);
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
