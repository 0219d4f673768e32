/**
 * Understanding retrospective documents: Markdown (as retro tools write it, damaged encodings included) in, a
 * structured {@link dev.retrotrack.events.Retro} out, with a warning for everything not fully understood. Walks the
 * commonmark syntax tree; plain Java, no Spring.
 */
package dev.retrotrack.ingest.parsing;
