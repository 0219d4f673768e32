/**
 * Accepting retrospectives: the rules a submitted retro must meet and the submission itself. The rules
 * ({@link dev.retrotrack.ingest.retro.RetroRules}, {@link dev.retrotrack.events.TeamName}) are plain Java.
 */
package dev.retrotrack.ingest.retro;
