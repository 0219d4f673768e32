package dev.retrotrack.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic retros for the benchmarks, made from the shared samples as the parser reads them (its golden files):
 * retro {@code i} belongs to team {@code <prefix>-<i mod teams>}, is that team's {@code (i / teams)}-th retro, of
 * its own epic, held a fortnight after the team's previous one, and takes the samples in turn (4, 4 and 47 items),
 * so a team's later retros carry its earlier items over and report on them, as real teams' retros do.
 */
final class BackfillCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate FIRST_RETRO = LocalDate.of(2024, 1, 5);

    private final List<ObjectNode> samples;

    private BackfillCorpus(List<ObjectNode> samples) {
        this.samples = samples;
    }

    static BackfillCorpus fromGoldenFiles(Path repoDir) throws IOException {
        Path golden = repoDir.resolve("retro-ingest-service/src/test/resources/parsing/golden");
        try (Stream<Path> files = Files.list(golden)) {
            List<ObjectNode> samples = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.add((ObjectNode) JSON.readTree(Files.readString(file)));
            }
            return new BackfillCorpus(samples);
        }
    }

    static String team(String prefix, int i, int teams) {
        return prefix + "-" + (i % teams);
    }

    /** The JSON body of retro {@code i}. */
    String retro(int i, int teams) {
        ObjectNode retro = sample(i).deepCopy();
        int round = i / teams;
        ObjectNode epic = (ObjectNode) retro.get("epic");
        epic.put("id", "E" + (round + 1));
        retro.put("date", FIRST_RETRO.plusWeeks(2L * round).toString());
        return JSON.writeValueAsString(retro);
    }

    /** How many tracked items retro {@code i} raises: its action items and its debt items. */
    int items(int i) {
        ObjectNode retro = sample(i);
        return retro.path("actionItems").size() + retro.path("techDebt").size();
    }

    private ObjectNode sample(int i) {
        return samples.get(i % samples.size());
    }
}
