/**
 * Sprint status as BMAD's {@code sprint-status.yaml} writes it, read safely, and the story changes between two
 * versions of it. Domain core: plain Java (Jackson YAML for reading), no Spring; {@code web}, {@code application} and
 * {@code persistence} below it take a file over HTTP, keep each team's last status per story and publish the
 * StoryPlanned / StoryStarted / StoryFinished / StoryReopened events through a per-team outbox.
 */
package dev.retrotrack.ingest.sprint;
