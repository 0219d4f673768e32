package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.retrotrack.events.Retro;

/** What the parser could not fully understand, with source lines. Nothing is dropped silently. */
final class Warnings {

    private final List<Retro.ParseWarning> warnings = new ArrayList<>();

    void add(Integer line, String message) {
        warnings.add(new Retro.ParseWarning(line, message));
    }

    List<Retro.ParseWarning> sorted() {
        return warnings.stream()
                .sorted(Comparator.comparing(Retro.ParseWarning::line, Comparator.nullsFirst(Integer::compare)))
                .toList();
    }
}
