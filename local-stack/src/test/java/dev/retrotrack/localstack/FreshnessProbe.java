package dev.retrotrack.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When each retro became visible downstream, by two watchers running beside a load: the tracker's item events
 * ({@code action-item.changed.v1}, published after the tracker saved the items; an item a retro raised names the
 * retro as its actor), and the metrics service's {@code retrotrack_retros_ingested_total} of the retro's team,
 * scraped every 100 ms (the team's n-th retro is counted once the counter reaches n). Times are
 * {@link System#nanoTime()}.
 */
final class FreshnessProbe implements AutoCloseable {

    private static final Pattern INGESTED = Pattern.compile(
            "^retrotrack_retros_ingested_total\\{[^}]*team=\"([^\"]+)\"[^}]*\\} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern ACTOR = Pattern.compile("\"actor\":\"([^\"]+)\"");

    /** Retro id → when its first item event was seen. */
    private final Map<String, Long> itemSeen = new ConcurrentHashMap<>();
    /** Team → when its counter first reached each value (index n-1: its n-th retro). */
    private final Map<String, java.util.List<Long>> counted = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean assigned = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Thread events;
    private final ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor();

    FreshnessProbe(String bootstrap, URI metricsPrometheus, String teamPrefix) {
        events = Thread.ofPlatform().name("freshness-events").start(() -> watchEvents(bootstrap, teamPrefix));
        // Every 100 ms: the resolution the metric's freshness is measured with.
        scraper.scheduleWithFixedDelay(() -> scrape(metricsPrometheus, teamPrefix), 0, 100, TimeUnit.MILLISECONDS);
    }

    /** Whether the event watcher has its partitions, so it sees every event from now on. */
    boolean ready() {
        return assigned.get();
    }

    /** When the first item event of the retro was seen, or null. */
    Long itemSeen(String retroId) {
        return itemSeen.get(retroId);
    }

    /** When the team's counter first showed its {@code nth} retro (1-based), or null. */
    Long countedAt(String team, int nth) {
        java.util.List<Long> times = counted.get(team);
        return times == null || times.size() < nth ? null : times.get(nth - 1);
    }

    private void watchEvents(String bootstrap, String teamPrefix) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "retrotrack-bench-freshness");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("action-item.changed.v1"));
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(20));
                assigned.set(!consumer.assignment().isEmpty());
                for (ConsumerRecord<String, String> record : records) {
                    Matcher actor = ACTOR.matcher(record.value());
                    if (record.key() != null && record.key().startsWith(teamPrefix) && actor.find()) {
                        itemSeen.putIfAbsent(actor.group(1), System.nanoTime());
                    }
                }
            }
        }
    }

    private void scrape(URI metricsPrometheus, String teamPrefix) {
        String body;
        try {
            body = http.send(HttpRequest.newBuilder(metricsPrometheus).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return; // the service is busy or restarting: the next scrape tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long now = System.nanoTime();
        Matcher matcher = INGESTED.matcher(body);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(teamPrefix)) {
                java.util.List<Long> times = counted.computeIfAbsent(matcher.group(1),
                        team -> new java.util.concurrent.CopyOnWriteArrayList<>());
                for (int n = times.size(); n < (int) Double.parseDouble(matcher.group(2)); n++) {
                    times.add(now);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        scraper.shutdownNow();
        events.join();
        scraper.awaitTermination(10, TimeUnit.SECONDS);
    }
}
