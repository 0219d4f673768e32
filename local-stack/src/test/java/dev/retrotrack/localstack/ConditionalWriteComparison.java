package dev.retrotrack.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

/**
 * The storage step before and after {@link KeyLookupH2Backend}, in the same run: optimistic writes (keyed by
 * {@code _id} plus a version, as the tracker's and the metrics projection's writes are) against a collection of
 * {@code documents} documents, on the library's plain H2 backend and on ours, alternately, each on a new file.
 */
final class ConditionalWriteComparison {

    private ConditionalWriteComparison() {
    }

    static List<String> measure(Path dataDir, int documents, int writes, int rounds) throws Exception {
        List<Double> plain = new ArrayList<>();
        List<Double> lookup = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Each goes first every other round, so that warm-up and leftover garbage favour neither.
            boolean plainFirst = round % 2 == 0;
            for (boolean runPlain : plainFirst ? List.of(true, false) : List.of(false, true)) {
                if (runPlain) {
                    plain.add(writesPerSecond(dataDir.resolve("plain-" + round + ".mv.db"), H2Backend::new,
                            documents, writes));
                } else {
                    lookup.add(writesPerSecond(dataDir.resolve("lookup-" + round + ".mv.db"),
                            KeyLookupH2Backend::new, documents, writes));
                }
            }
        }
        double plainMean = plain.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double lookupMean = lookup.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return List.of("storage, %d writes conditional on _id and version into %d documents (wire server, H2 file),"
                        .formatted(writes, documents)
                        + " %d rounds, writes/s:".formatted(rounds),
                "  library's H2 backend %s, mean %.0f; with the _id lookup %s, mean %.0f: after/before %.1f x"
                        .formatted(rounded(plain), plainMean, rounded(lookup), lookupMean, lookupMean / plainMean));
    }

    private static double writesPerSecond(Path file, Function<MVStore, MongoBackend> backend, int documents,
                                          int writes) throws Exception {
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(backend.apply(new MVStore.Builder().fileName(file.toString())
                .cacheSize(MongoWireServer.CACHE_MB).open()));
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":"
                + server.bind().getPort())) {
            MongoCollection<Document> items = client.getDatabase("bench").getCollection("items");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                batch.add(new Document("_id", "item-" + i).append("team", "team-" + i % 200)
                        .append("title", "Action item number " + i).append("version", 0).append("changes", 0));
                if (batch.size() == 1000) {
                    items.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                items.insertMany(batch);
            }
            Random random = new Random(42);
            long start = System.nanoTime();
            long applied = 0;
            for (int i = 0; i < writes; i++) {
                String id = "item-" + random.nextInt(documents);
                Document current = items.find(eq("_id", id)).first();
                int version = current.getInteger("version");
                // A flat filter, as Spring Data writes one (the driver's Filters.and would send an $and).
                applied += items.updateOne(new Document("_id", id).append("version", version),
                        combine(set("version", version + 1), inc("changes", 1))).getModifiedCount();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (applied != writes) {
                throw new IllegalStateException("only " + applied + " of " + writes + " conditional writes applied");
            }
            return writes / seconds;
        } finally {
            server.shutdownNow();
        }
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
