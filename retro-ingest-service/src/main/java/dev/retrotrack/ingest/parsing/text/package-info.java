/**
 * Text clean-up for uploaded retrospective documents, before they are parsed.
 *
 * <p>{@link dev.retrotrack.ingest.parsing.text.MojibakeRepair} undoes "mojibake": UTF-8 bytes that were once decoded
 * as Windows-1252 (or Latin-1) or as Mac Roman and saved again, so that {@code 📊} reads {@code ðŸ“Š} or
 * {@code ✅} reads {@code ‚úÖ}. Everything else in the package is an implementation detail of that repair.
 *
 * <p>Plain Java on purpose: this is domain core and must not depend on Spring, Kafka or MongoDB.
 */
package dev.retrotrack.ingest.parsing.text;
