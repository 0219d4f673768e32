package dev.retrotrack.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** One Retrotrack service running from its fat jar in a child JVM, with its output in {@code logs/<module>.log}. */
final class ServiceProcess implements AutoCloseable {

    /**
     * JVM options of every service. C1 only: a Spring Boot service boots noticeably faster on two
     * cores that also run Kafka and two other services, and local traffic never needs C2.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");
    /** The JVM options every service starts with (an AOT cache is only valid for the options it was made with). */
    static List<String> jvmOptions() {
        return JVM_OPTIONS;
    }

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final Service service;
    private final Process process;
    private final ServicePorts ports;
    private final Path logFile;

    private ServiceProcess(Service service, Process process, ServicePorts ports, Path logFile) {
        this.service = service;
        this.process = process;
        this.ports = ports;
        this.logFile = logFile;
    }

    /**
     * Starts {@code java -jar <jar>} with the infrastructure addresses and the launcher's pid, which
     * the services watch ({@code retrotrack.parent-pid}) to exit when the launcher dies.
     */
    static ServiceProcess start(Service service, Path jar, ServicePorts ports, String kafkaBootstrap, String mongoUri,
                                Path dataDir) {
        return start(service, jar, ports, kafkaBootstrap, mongoUri, dataDir, List.of());
    }

    /** As above, with more {@code --name=value} arguments after the standard ones (they win over them). */
    static ServiceProcess start(Service service, Path jar, ServicePorts ports, String kafkaBootstrap, String mongoUri,
                                Path dataDir, List<String> moreArguments) {
        return start(service, new AotCache.Launch(jar, List.of(), false), ports, kafkaBootstrap, mongoUri, dataDir,
                moreArguments);
    }

    /** As above, started as {@code launch} says (from the jar, or from the extracted jar and its AOT cache). */
    static ServiceProcess start(Service service, AotCache.Launch launch, ServicePorts ports, String kafkaBootstrap,
                                String mongoUri, Path dataDir, List<String> moreArguments) {
        Path logFile = logFile(dataDir, service);
        List<String> command = command(launch, ports, kafkaBootstrap, mongoUri, moreArguments);
        // The data folder as working directory keeps anything a service writes next to it out of the repo.
        Process process = ChildProcesses.start(service.moduleName(), command, dataDir, logFile);
        return new ServiceProcess(service, process, ports, logFile);
    }

    /** The command line of a service: the JVM, its options and the launch's, the jar, then the arguments. */
    static List<String> command(AotCache.Launch launch, ServicePorts ports, String kafkaBootstrap, String mongoUri,
                                List<String> moreArguments) {
        List<String> command = new ArrayList<>();
        command.add(RepoLayout.javaBinary().toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(launch.jvmOptions());
        command.addAll(List.of(
                "-jar", launch.jar().toString(),
                "--server.port=" + ports.http(),
                // Loopback only: its API keys are public demo keys, so nothing else on the network may reach it.
                "--server.address=" + Ports.HOST,
                // The service's own default too; said here so a MANAGEMENT_SERVER_ADDRESS in the shell cannot widen it.
                "--management.server.port=" + ports.management(),
                "--management.server.address=" + Ports.HOST,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--spring.mongodb.uri=" + mongoUri,
                "--retrotrack.parent-pid=" + ProcessHandle.current().pid()));
        command.addAll(DemoKeys.serviceArguments());
        command.addAll(moreArguments);
        return command;
    }

    static Path logFile(Path dataDir, Service service) {
        return dataDir.resolve("logs").resolve(service.moduleName() + ".log");
    }

    /**
     * Waits until every service reports {@code UP} on {@code /actuator/health} of its management port and accepts
     * connections on its API port, polling them in turn so a slow one does not hide one that already died.
     */
    static void awaitAllHealthy(List<ServiceProcess> services, Instant deadline, Consumer<String> progress) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<Service> healthy = EnumSet.noneOf(Service.class);
        Instant started = Instant.now();
        Waiting.until(deadline, () -> {
            for (ServiceProcess service : services) {
                if (healthy.contains(service.service)) {
                    continue;
                }
                service.requireAlive();
                if (service.isHealthy(http)) {
                    healthy.add(service.service);
                    progress.accept("  %-24s UP after %.1f s".formatted(service.service.moduleName(),
                            Duration.between(started, Instant.now()).toMillis() / 1000.0));
                }
            }
            return healthy.size() == services.size();
        }, () -> services.stream()
                .filter(s -> !healthy.contains(s.service))
                .map(s -> ChildProcesses.failure(s.service.moduleName() + " did not report UP on "
                        + s.healthUrl() + " in time", s.logFile))
                .reduce((a, b) -> a + System.lineSeparator() + b)
                .orElse("Services did not become healthy in time"));
    }

    private void requireAlive() {
        if (!process.isAlive()) {
            throw new LocalStackException(ChildProcesses.failure(
                    service.moduleName() + " exited during startup with code " + process.exitValue(), logFile));
        }
    }

    /**
     * UP on the management port, and the API port open: they are two listeners, and the health endpoint on one says
     * nothing about the other, so a launcher that says "running" checks both.
     */
    private boolean isHealthy(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(healthUrl())
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find()
                    && Ports.isListening(Ports.HOST, ports.http());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while waiting for " + service.moduleName(), e);
        }
    }

    /** Stops this one service (SIGTERM, then a kill after the grace period). */
    @Override
    public void close() {
        ChildProcesses.stop(List.of(process), ChildProcesses.STOP_GRACE);
    }

    Service service() {
        return service;
    }

    Process process() {
        return process;
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8081}. */
    URI url() {
        return url(ports.http());
    }

    /** The management server's base URL, e.g. {@code http://127.0.0.1:9081}: the actuator's endpoints. */
    URI managementUrl() {
        return url(ports.management());
    }

    private URI healthUrl() {
        return managementUrl().resolve("/actuator/health");
    }

    private static URI url(int port) {
        return URI.create("http://" + Ports.HOST + ":" + port);
    }

    Path logFile() {
        return logFile;
    }
}
