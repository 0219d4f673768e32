package dev.retrotrack.ingest.parsing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.ingest.parsing.RetroMarkdownParser;

/**
 * Writes the parse of each document as JSON ({@code <name>.json}) into a folder, for the accuracy check in
 * {@code benchmarks/parser-accuracy}. Usage: {@code ParseToJson <output dir> <document.md>...}.
 */
public final class ParseToJson {

    private ParseToJson() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path document = Path.of(args[i]);
            String name = document.getFileName().toString().replaceFirst("\\.md$", ".json");
            Files.writeString(out.resolve(name), EventCodec.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(RetroMarkdownParser.parse(Files.readString(document, StandardCharsets.UTF_8))));
        }
    }
}
