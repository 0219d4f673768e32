package dev.retrotrack.ingest.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.retrotrack.events.Retro;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second on one thread, three ways: bare commonmark parsing (same GFM tables extension and source
 * spans) of the document; Retrotrack's whole parse (mojibake repair, front matter, commonmark, section walk,
 * extraction); and what Retrotrack adds to commonmark alone (repair, front matter and extraction over a tree parsed
 * beforehand). Run with {@code benchmarks/parser} (see README); not part of the test suite. In the parser's package
 * because the split into stages is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Six warm-up rounds: the whole parse was still speeding up after three (its many code paths take longer to
// compile than bare commonmark's), which made it look slower than it is.
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class ParserBenchmark {

    private static final Parser BARE = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    @Param({"000_38001d1a66f0c17f.txt", "002_623814e9645e2a49.txt", "003_8cedfb38adeec1d1.txt"})
    String sample;

    String document;
    /** The document's body as commonmark parses it after repair, for {@link #repairAndExtraction}. */
    Node parsedBody;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/parsing/samples/" + sample)) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        parsedBody = Markdown.parse(RetroMarkdownParser.prepare(document, new Warnings()).body());
    }

    @Benchmark
    public Node bareCommonmark() {
        return BARE.parse(document);
    }

    @Benchmark
    public Retro retrotrackParse() {
        return RetroMarkdownParser.parse(document);
    }

    @Benchmark
    public Retro repairAndExtraction() {
        Warnings warnings = new Warnings();
        return RetroMarkdownParser.extract(RetroMarkdownParser.prepare(document, warnings), parsedBody, warnings);
    }
}
