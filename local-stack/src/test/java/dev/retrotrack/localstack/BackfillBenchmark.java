package dev.retrotrack.localstack;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The performance issue's backfill, freshness, API latency and footprint measurements, in one run on this machine,
 * against the real jars, broker and wire server (not a test: {@code benchmarks/backfill} runs it and writes
 * {@code local-stack/target/backfill-benchmark.txt}).
 * <ol>
 *   <li>Ceiling: Kafka's own perf tools with the same payloads ({@link KafkaCeiling}).</li>
 *   <li>Backfill: {@code retros} retros of {@code teams} teams posted by {@code concurrency} clients as fast as
 *       ingest accepts them, timed until the metrics service counts every retro and every item (so the tracker
 *       has raised them all); then every team's item count is checked against the tracker's API.</li>
 *   <li>Freshness: {@code rate} retros a second for {@code seconds} seconds over {@code 2 × rate} teams; per retro
 *       the time from its 202 to its first item event and to its count in {@code /actuator/prometheus}.</li>
 *   <li>API latency: the ingest's dry-run parse of the largest sample, and its error path against its success path
 *       ({@link ApiLatency}).</li>
 *   <li>Footprint: resident memory at idle and at the backfill's peak; start-up times.</li>
 * </ol>
 * Settings as system properties: {@code -Dretros=2000 -Dteams=200 -Dconcurrency=8 -Drate=50 -Dseconds=20
 * -DceilingRecords=20000 -DpatienceMinutes=15 -DstartupRounds=2 -DreplayRetros=200 -DreplayItemEvents=20000}; {@code -Dseconds=0} and
 * {@code -DstartupRounds=0} skip freshness and the start-up comparison; {@code -DprofileReplay=true} records the
 * replaying service with JFR ({@code <data>/<service>.jfr}).
 */
public final class BackfillBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final Pattern SAMPLE = Pattern.compile("^(retrotrack_\\w+)\\{([^}]*)\\} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    private BackfillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int retros = Integer.getInteger("retros", 2000);
        int teams = Integer.getInteger("teams", 200);
        int concurrency = Integer.getInteger("concurrency", 8);
        int rate = Integer.getInteger("rate", 50);
        int seconds = Integer.getInteger("seconds", 20);
        Path repo = RepoLayout.detectRepoDir();
        Path dataDir = Files.createTempDirectory("retrotrack-backfill");
        BackfillCorpus corpus = BackfillCorpus.fromGoldenFiles(repo);
        // Printed as it grows, so a run that fails late still shows what it measured.
        List<String> report = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }

            @Override
            public boolean addAll(java.util.Collection<? extends String> lines) {
                lines.forEach(System.out::println);
                return super.addAll(lines);
            }
        };
        report.add("Backfill benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version());

        List<Integer> ports = Ports.free(9);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("bench.mv.db"),
                     ports.get(2))) {
            kafka.awaitReady(Instant.now().plus(Duration.ofMinutes(2)));
            String bootstrap = kafka.bootstrapServers();
            // The benchmark's one key posts for 200 teams: its rate limit is lifted, as an import job's would be.
            String[] unlimited = {"--retrotrack.security.rate-limit.burst=1000000000",
                    "--retrotrack.security.rate-limit.requests=1000000000"};
            // First, while nothing else runs: the storage step with and without the _id lookup (0 writes: skipped),
            // then each service alone, plain and from the AOT cache (0 rounds: skipped).
            int storageWrites = Integer.getInteger("storageWrites", 500);
            if (storageWrites > 0) {
                report.addAll(ConditionalWriteComparison.measure(dataDir.resolve("storage"),
                        Integer.getInteger("storageDocuments", 20_000), storageWrites, 2));
            }
            int startupRounds = Integer.getInteger("startupRounds", 2);
            if (startupRounds > 0) {
                report.addAll(StartupComparison.measure(dataDir, bootstrap, mongo.uri(), startupRounds));
            }
            try (ServiceProcess ingest = StackParts.start(dataDir, "ingest", Service.INGEST,
                    new ServicePorts(ports.get(3), ports.get(6)), bootstrap,
                    mongo.uri(), unlimited);
                 ServiceProcess tracker = StackParts.start(dataDir, "tracker", Service.TRACKER,
                         new ServicePorts(ports.get(4), ports.get(7)),
                         bootstrap, mongo.uri(), unlimited);
                 ServiceProcess metrics = StackParts.start(dataDir, "metrics", Service.METRICS,
                         new ServicePorts(ports.get(5), ports.get(8)),
                         bootstrap, mongo.uri(), unlimited)) {
                List<ServiceProcess> services = List.of(ingest, tracker, metrics);
                ServiceProcess.awaitAllHealthy(services, Instant.now().plus(Duration.ofMinutes(3)), line -> { });
                report.add("start-up (Spring Boot's own figure, s): " + ProcessFootprint.startupSeconds(services));
                try (ProcessFootprint footprint = new ProcessFootprint(services)) {
                    report.add("resident memory at idle (MiB): " + footprint.residentMib());
                    // First, while nothing else runs.
                    report.addAll(ApiLatency.measure(ingest.url(), Files.readString(repo.resolve(
                            "retro-ingest-service/src/test/resources/parsing/samples/003_8cedfb38adeec1d1.txt")),
                            corpus.retro(0, 1)));

                    List<String> payloads = new ArrayList<>();
                    for (int i = 0; i < Math.min(retros, 300); i++) {
                        payloads.add(corpus.retro(i, teams));
                    }
                    // Enough records for the tools to reach their steady rate (a few hundred measure the warm-up).
                    KafkaCeiling.Result ceiling = KafkaCeiling.measure(bootstrap, payloads,
                            Math.max(retros, Integer.getInteger("ceilingRecords", 20_000)), 3, dataDir);
                    report.add("raw ceiling (Kafka perf tools, %d records of ~%d bytes, 3 partitions): produce %.0f/s,"
                            .formatted(ceiling.records(), ceiling.payloadBytes(), ceiling.producedPerSecond())
                            + " fetch %.0f/s -> ceiling %.0f records/s".formatted(ceiling.fetchedPerSecond(),
                            ceiling.perSecond()));

                    footprint.startSampling();
                    report.addAll(backfill(corpus, retros, teams, concurrency, ingest.url(), tracker.url(),
                            metrics.managementUrl(), ceiling));
                    report.add("resident memory, peak during the backfill (MiB): " + footprint.peakMib());
                }
                if (seconds > 0) {
                    report.addAll(freshness(corpus, rate, seconds, bootstrap, ingest.url(), metrics.managementUrl()));
                }
            }
            // The services are stopped now: each listener in turn replays part of its topic alone.
            report.add("consumer efficiency, each service alone replaying records of its inbound topic with its"
                    + " production settings, against Kafka's ConsumerPerformance on the same topic:");
            report.add(ConsumerEfficiency.measure(Service.TRACKER, "retro.submitted.v1",
                    Integer.getInteger("replayRetros", 200), dataDir, "tracker", bootstrap, mongo.uri(), unlimited)
                    .line());
            report.add(ConsumerEfficiency.measure(Service.METRICS, "action-item.changed.v1",
                    Integer.getInteger("replayItemEvents", 20_000), dataDir, "metrics", bootstrap, mongo.uri(),
                    unlimited).line());
        }
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        Path out = repo.resolve("local-stack/target/backfill-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static List<String> backfill(BackfillCorpus corpus, int retros, int teams, int concurrency, URI ingest,
                                         URI tracker, URI metricsManagement, KafkaCeiling.Result ceiling)
            throws Exception {
        long expectedItems = java.util.stream.IntStream.range(0, retros).mapToLong(corpus::items).sum();
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        AtomicLong refusals = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> posting = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            posting.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < retros; i = next.getAndIncrement()) {
                    post(http, ingest, BackfillCorpus.team("bf", i, teams), corpus.retro(i, teams), refusals);
                }
                return null;
            }));
        }
        clients.shutdown();
        // A post that failed (an answer other than 202/503/429, or refused for two minutes) ends the benchmark:
        // the "accepted" figure counts every retro as accepted.
        for (Future<?> client : posting) {
            client.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
        }
        long accepted = System.nanoTime();

        URI scrape = metricsManagement.resolve("/actuator/prometheus");
        Duration patience = Duration.ofMinutes(Long.getLong("patienceMinutes", PATIENCE.toMinutes()));
        try {
            await("every retro and item counted").atMost(patience).pollInterval(Duration.ofMillis(250))
                    .until(() -> sums(http, scrape, "bf-"),
                            sums -> sums.getOrDefault("retrotrack_retros_ingested_total", 0.0) >= retros
                                    && sums.getOrDefault("retrotrack_action_items", 0.0) >= expectedItems);
        } catch (ConditionTimeoutException notComplete) {
            // Not a failure of the benchmark: how far it got is the figure.
            Map<String, Double> sums = sums(http, scrape, "bf-");
            double seconds = (System.nanoTime() - start) / 1e9;
            double items = sums.getOrDefault("retrotrack_action_items", 0.0);
            return List.of(
                    "backfill: %d retros of %d teams, %d items, %d clients; %d refusals retried (503/429)"
                            .formatted(retros, teams, expectedItems, concurrency, refusals.get()),
                    "  accepted (all 202) after %.1f s: %.1f retros/s".formatted((accepted - start) / 1e9,
                            retros / ((accepted - start) / 1e9)),
                    "  NOT complete after %.0f s: %.0f of %d retros and %.0f of %d items counted, %.0f items/s"
                            .formatted(seconds, sums.getOrDefault("retrotrack_retros_ingested_total", 0.0), retros,
                                    items, expectedItems, items / seconds));
        }
        long done = System.nanoTime();
        long tracked = 0;
        for (int t = 0; t < Math.min(teams, retros); t++) {
            String page = StackParts.get(http, tracker.resolve("/api/v1/teams/bf-" + t + "/action-items?size=1"));
            Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(page);
            tracked += total.find() ? Long.parseLong(total.group(1)) : 0;
        }
        double acceptSeconds = (accepted - start) / 1e9;
        double totalSeconds = (done - start) / 1e9;
        double perSecond = retros / totalSeconds;
        return List.of(
                "backfill: %d retros of %d teams, %d items, %d clients; %d refusals retried (503/429)"
                        .formatted(retros, teams, expectedItems, concurrency, refusals.get()),
                "  accepted (all 202) after %.1f s: %.1f retros/s".formatted(acceptSeconds, retros / acceptSeconds),
                "  complete (metrics count every retro and item) after %.1f s: %.1f retros/s, %.0f items/s"
                        .formatted(totalSeconds, perSecond, expectedItems / totalSeconds),
                "  tracker lists %d of %d items".formatted(tracked, expectedItems),
                "  end-to-end / raw ceiling: %.3f (target >= 0.30)".formatted(perSecond / ceiling.perSecond()));
    }

    /**
     * Retros at a steady rate, round-robin over {@code 2 × rate} teams (each team's retros in order, each of a new
     * epic, so every retro also carries its team's open items over, as a steady stream of real retros would).
     */
    private static List<String> freshness(BackfillCorpus corpus, int rate, int seconds, String bootstrap, URI ingest,
                                          URI metricsManagement) throws Exception {
        int count = rate * seconds;
        int teams = 2 * rate;
        Map<Integer, Long> acceptedAt = new ConcurrentHashMap<>();
        Map<Integer, String> retroIds = new ConcurrentHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong refusals = new AtomicLong();
        Pattern retroId = Pattern.compile("\"retroId\":\"([^\"]+)\"");
        try (FreshnessProbe probe = new FreshnessProbe(bootstrap, metricsManagement.resolve("/actuator/prometheus"),
                "fr-")) {
            // The probe's consumer has its partitions before the first retro, so it misses no event.
            await("freshness probe ready").atMost(Duration.ofSeconds(60)).until(probe::ready);
            ScheduledExecutorService pacer = Executors.newScheduledThreadPool(4);
            AtomicInteger next = new AtomicInteger();
            pacer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= count) {
                    return;
                }
                HttpRequest request = StackParts.request(ingest.resolve("/api/v1/teams/"
                                + BackfillCorpus.team("fr", i, teams) + "/retros"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(corpus.retro(i, teams))).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                    Matcher id = retroId.matcher(response.body());
                    if (response.statusCode() == 202 && id.find()) {
                        acceptedAt.put(i, System.nanoTime());
                        retroIds.put(i, id.group(1));
                    } else {
                        refusals.incrementAndGet();
                    }
                });
            }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
            java.util.function.IntFunction<Long> itemSeen = i -> probe.itemSeen(retroIds.get(i));
            java.util.function.IntFunction<Long> counted = i -> probe.countedAt(BackfillCorpus.team("fr", i, teams),
                    i / teams + 1);
            try {
                await("every retro seen downstream").atMost(Duration.ofSeconds(seconds + 60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> acceptedAt.size() + refusals.get() >= count && acceptedAt.keySet().stream()
                                .allMatch(i -> itemSeen.apply(i) != null && counted.apply(i) != null));
            } catch (ConditionTimeoutException notAllSeen) {
                // reported below as "not seen": a queue that grows is the finding, not a failure of the benchmark
            }
            pacer.shutdownNow();
            long[] item = latencies(acceptedAt, itemSeen);
            long[] metric = latencies(acceptedAt, counted);
            return List.of(
                    "freshness: %d retros/s for %d s over %d teams (%d accepted, %d refused)"
                            .formatted(rate, seconds, teams, acceptedAt.size(), refusals.get()),
                    ("  202 -> first item event of the retro (tracker saved and published): p50 %.0f ms, p99 %.0f ms,"
                            + " %d not seen")
                            .formatted(percentile(item, 0.5), percentile(item, 0.99), acceptedAt.size() - item.length),
                    ("  202 -> retro counted in /actuator/prometheus (100 ms scrapes): p50 %.0f ms, p99 %.0f ms,"
                            + " %d not seen")
                            .formatted(percentile(metric, 0.5), percentile(metric, 0.99),
                                    acceptedAt.size() - metric.length),
                    "  target p99 < 1000 ms");
        }
    }

    private static long[] latencies(Map<Integer, Long> acceptedAt, java.util.function.IntFunction<Long> seen) {
        return acceptedAt.entrySet().stream().filter(e -> seen.apply(e.getKey()) != null)
                .mapToLong(e -> Math.max(0, seen.apply(e.getKey()) - e.getValue())).sorted().toArray();
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    /** Posts one retro, retrying refusals that ask for it (503 or 429). */
    private static void post(HttpClient http, URI ingest, String team, String body, AtomicLong refusals)
            throws Exception {
        HttpRequest request = StackParts.request(ingest.resolve("/api/v1/teams/" + team + "/retros"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // Sent at once, then retried every second, for up to two minutes, while the answer asks for it (503 or 429).
        // The zero poll delay matters: Awaitility's default first delay is the poll interval, which held every post
        // back a second and capped 8 clients at about 7 retros/s, whatever the suite could take.
        await(team + " accepted").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                return true;
            }
            if (response.statusCode() != 503 && response.statusCode() != 429) {
                throw new IllegalStateException(team + ": " + response.statusCode() + " " + response.body());
            }
            refusals.incrementAndGet();
            return false;
        });
    }

    /** Per metric name, the sum of its series whose team starts with {@code teamPrefix}. */
    private static Map<String, Double> sums(HttpClient http, URI scrape, String teamPrefix) throws Exception {
        Map<String, Double> sums = new java.util.HashMap<>();
        Matcher sample = SAMPLE.matcher(StackParts.get(http, scrape));
        while (sample.find()) {
            if (sample.group(2).contains("team=\"" + teamPrefix)) {
                sums.merge(sample.group(1), Double.parseDouble(sample.group(3)), Double::sum);
            }
        }
        return sums;
    }
}
