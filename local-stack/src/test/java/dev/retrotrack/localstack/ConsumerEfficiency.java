package dev.retrotrack.localstack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer efficiency: how fast a service's listener gets through records already on its inbound topic, with its
 * production settings (its own group, batch acknowledgement, commit after each poll), divided by the rate at which
 * Kafka's {@code ConsumerPerformance} fetches the same topic. The service is stopped, its group moved back by
 * {@code records} records (spread over the partitions as the records are), and started again; its rate is timed
 * from the moment its group holds the partitions until it has committed the end offsets, so neither its start-up
 * nor the group join counts. Records seen again are handled as any redelivery is: decoded, traced, applied idempotently.
 */
final class ConsumerEfficiency {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private ConsumerEfficiency() {
    }

    /** One measurement: records, the listener's rate, the raw fetch rate. */
    record Result(Service service, String topic, long records, double listenerPerSecond, double fetchPerSecond) {

        String line() {
            return "  %-24s %-24s %,d records: listener %,.0f/s, raw fetch %,.0f/s, ratio %.3f (target >= 0.5)"
                    .formatted(service.moduleName(), topic, records, listenerPerSecond, fetchPerSecond,
                            listenerPerSecond / fetchPerSecond);
        }
    }

    /**
     * Measures {@code service} on {@code topic}. The service must not be running (its group must be empty); it is
     * started in {@code dataDir}/{@code folder} and stopped again.
     */
    static Result measure(Service service, String topic, long records, Path dataDir, String folder, String bootstrap,
                          String mongoUri, String... arguments) throws Exception {
        String group = service.moduleName();
        long replayed;
        Map<TopicPartition, Long> ends;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ends = endOffsets(admin, topic);
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            double share = Math.min(1.0, (double) records / Math.max(1, total));
            Map<TopicPartition, OffsetAndMetadata> rewound = ends.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue() - Math.round(e.getValue() * share))));
            replayed = ends.entrySet().stream().mapToLong(e -> e.getValue() - rewound.get(e.getKey()).offset()).sum();
            // A service stopped while busy may leave its member behind until the session times out; offsets can
            // only be moved for a group without members.
            await(group + " empty").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS)
                            .get(group).members().isEmpty());
            admin.alterConsumerGroupOffsets(group, rewound).all().get(30, TimeUnit.SECONDS);
        }
        List<Integer> ports = Ports.free(2);
        Path jar = RepoLayout.serviceJar(RepoLayout.detectRepoDir(), service).orElseThrow();
        // -DprofileReplay=true: a flight recording of the replay, to see what the listener waits for.
        List<String> jvmOptions = Boolean.getBoolean("profileReplay") ? List.of("-XX:StartFlightRecording:filename="
                + dataDir.resolve(service.moduleName() + ".jfr") + ",settings=profile") : List.of();
        try (ServiceProcess process = ServiceProcess.start(service, new AotCache.Launch(jar, jvmOptions, false),
                new ServicePorts(ports.get(0), ports.get(1)), bootstrap, mongoUri,
                java.nio.file.Files.createDirectories(dataDir.resolve(folder)), List.of(arguments));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // From the moment the group has the partitions (the service's listener is polling) until it has
            // committed the end offsets: its start-up and the group join do not count, its first fetch does.
            await(service.moduleName() + " assigned").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                    .until(() -> assigned(admin, group, ends.keySet()));
            long from = System.nanoTime();
            long end = ends.values().stream().mapToLong(Long::longValue).sum();
            await(service.moduleName() + " caught up").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                    .until(() -> committed(admin, group, ends) >= end);
            double listenerPerSecond = replayed / ((System.nanoTime() - from) / 1e9);
            double fetchPerSecond = KafkaCeiling.fetchRate(bootstrap, topic, replayed,
                    "retrotrack-bench-fetch-" + folder + "-" + Instant.now().toEpochMilli());
            return new Result(service, topic, replayed, listenerPerSecond, fetchPerSecond);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all()
                .get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Whether the group's members hold all of {@code partitions}. */
    private static boolean assigned(Admin admin, String group, java.util.Set<TopicPartition> partitions)
            throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                .get(30, TimeUnit.SECONDS).get(group);
        return description.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                .collect(Collectors.toSet()).containsAll(partitions);
    }

    /** The group's committed offsets on the partitions of {@code ends}, summed. */
    private static long committed(Admin admin, String group, Map<TopicPartition, Long> ends) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return ends.keySet().stream().map(offsets::get).filter(java.util.Objects::nonNull)
                .mapToLong(OffsetAndMetadata::offset).sum();
    }
}
