package dev.retrotrack.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of the service processes (Linux {@code /proc/<pid>/status}, {@code VmRSS}), sampled twice a
 * second while a load runs, and each service's start-up time as Spring Boot logged it.
 */
final class ProcessFootprint implements AutoCloseable {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
    private static final Pattern RUNNING_FOR = Pattern.compile("Started \\w+ in [0-9.]+ seconds "
            + "\\(process running for ([0-9.]+)\\)");

    private final List<ServiceProcess> services;
    private final Map<Service, Long> peakKb = new EnumMap<>(Service.class);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    ProcessFootprint(List<ServiceProcess> services) {
        this.services = services;
    }

    /** Resident memory now, in MiB, per service. */
    Map<Service, Long> residentMib() {
        Map<Service, Long> now = new EnumMap<>(Service.class);
        for (ServiceProcess service : services) {
            now.put(service.service(), rssKb(service) / 1024);
        }
        return now;
    }

    void startSampling() {
        sampler.scheduleAtFixedRate(() -> {
            for (ServiceProcess service : services) {
                peakKb.merge(service.service(), rssKb(service), Math::max);
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The highest resident memory seen since sampling started, in MiB, per service. */
    Map<Service, Long> peakMib() {
        Map<Service, Long> peak = new EnumMap<>(Service.class);
        peakKb.forEach((service, kb) -> peak.put(service, kb / 1024));
        return peak;
    }

    /** Start-up time per service, as "Started … in N seconds" in its log. */
    static Map<Service, Double> startupSeconds(List<ServiceProcess> services) throws IOException {
        Map<Service, Double> seconds = new EnumMap<>(Service.class);
        for (ServiceProcess service : services) {
            startedIn(service.logFile()).ifPresent(s -> seconds.put(service.service(), s));
        }
        return seconds;
    }

    /** Spring Boot's "process running for": from the JVM's start until the application is ready. */
    static Optional<Double> processSecondsUntilStarted(Path log) throws IOException {
        Matcher matcher = RUNNING_FOR.matcher(Files.readString(log));
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Double> startedIn(Path log) throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    private static long rssKb(ServiceProcess service) {
        try {
            Matcher matcher = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(service.process().pid()),
                    "status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0; // the process ended; nothing to sample
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
