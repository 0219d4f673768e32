package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.retrotrack.events.Retro;

/** The small hand-written documents in src/test/resources/parsing/shapes, one per shape real retros use. */
final class ShapeDocuments {

    private ShapeDocuments() {
    }

    /** The retro parsed from the shape document of that file name. */
    static Retro parse(String shape) {
        try (InputStream in = ShapeDocuments.class.getResourceAsStream("/parsing/shapes/" + shape)) {
            assertThat(in).as(shape).isNotNull();
            return RetroMarkdownParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
