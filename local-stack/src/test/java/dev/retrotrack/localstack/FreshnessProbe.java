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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    private final Thread events;
    private final Thread scraper;

    FreshnessProbe(String bootstrap, URI metricsPrometheus, String teamPrefix) {
        events = Thread.ofPlatform().name("freshness-events").start(() -> watchEvents(bootstrap, teamPrefix));
        scraper = Thread.ofPlatform().name("freshness-scrape").start(() -> scrape(metricsPrometheus, teamPrefix));
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
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    Matcher actor = ACTOR.matcher(record.value());
                    if (record.key() != null && record.key().startsWith(teamPrefix) && actor.find()) {
                        itemSeen.putIfAbsent(actor.group(1), System.nanoTime());
                    }
                }
            }
        }
    }

    private void scrape(URI metricsPrometheus, String teamPrefix) {
        HttpClient http = HttpClient.newHttpClient();
        while (running.get()) {
            try {
                String body = http.send(HttpRequest.newBuilder(metricsPrometheus).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
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
                Thread.sleep(100); // the scrape interval being measured against, not a wait for a result
            } catch (InterruptedException e) {
                return;
            } catch (java.io.IOException e) {
                // the service is busy or restarting: try again at the next interval
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        scraper.interrupt();
        events.join();
        scraper.join();
    }
}
