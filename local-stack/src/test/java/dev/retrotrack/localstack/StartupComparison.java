package dev.retrotrack.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up of each service on its own, as a plain fat jar and from the JDK's AOT cache that {@code ./run-local}
 * trains ({@link AotCache}), alternately, {@code rounds} times each, against the benchmark's broker and wire
 * server. The figure is Spring Boot's "process running for" (JVM start until the application is ready), which is
 * where the cache saves time: loading and linking classes.
 */
final class StartupComparison {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private StartupComparison() {
    }

    static List<String> measure(Path dataDir, String bootstrap, String mongoUri, int rounds) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("start-up, one service at a time, Spring Boot's \"process running for\" (s), plain fat jar vs. AOT"
                + " cache, " + rounds + " rounds (target: cache <= 0.6 x plain):");
        for (Service service : Service.values()) {
            Path jar = RepoLayout.serviceJar(RepoLayout.detectRepoDir(), service).orElseThrow();
            Path home = Files.createDirectories(dataDir.resolve("startup").resolve(service.moduleName()));
            AotCache cache = new AotCache(home);
            long trainingStart = System.nanoTime();
            boolean trained = cache.train(service, jar, launch -> ServiceProcess.command(launch,
                            ServicePorts.ANY_FREE, bootstrap, mongoUri, List.of()), home,
                    home.resolve("aot-training.log"), ChildProcesses::start);
            if (!trained) {
                throw new IllegalStateException("AOT cache training of " + service.moduleName() + " failed, see "
                        + home.resolve("aot-training.log"));
            }
            double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;
            List<Double> plain = new ArrayList<>();
            List<Double> cached = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                plain.add(startOnce(service, new AotCache.Launch(jar, List.of(), false), home.resolve("plain-" + round),
                        bootstrap, mongoUri));
                cached.add(startOnce(service, cache.launch(service, jar), home.resolve("cached-" + round), bootstrap,
                        mongoUri));
            }
            double plainMean = plain.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double cachedMean = cached.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            lines.add("  %-24s plain %s, AOT cache %s: mean %.2f vs %.2f = %.2f x plain (training took %.1f s)"
                    .formatted(service.moduleName(), plain, cached, plainMean, cachedMean, cachedMean / plainMean,
                            trainingSeconds));
        }
        return lines;
    }

    private static double startOnce(Service service, AotCache.Launch launch, Path home, String bootstrap,
                                    String mongoUri) throws Exception {
        List<Integer> ports = Ports.free(2);
        Files.createDirectories(home);
        try (ServiceProcess process = ServiceProcess.start(service, launch, new ServicePorts(ports.get(0),
                ports.get(1)), bootstrap, mongoUri, home, List.of())) {
            ServiceProcess.awaitAllHealthy(List.of(process), Instant.now().plus(PATIENCE), line -> { });
            return ProcessFootprint.processSecondsUntilStarted(process.logFile()).orElseThrow(
                    () -> new IllegalStateException("No start-up line in " + process.logFile()));
        }
    }
}
