/**
 * Sprint status as BMAD's {@code sprint-status.yaml} writes it, read safely, and the story changes between two
 * versions of it. Domain core: plain Java (Jackson YAML for reading), no Spring. The endpoint, the stored last status
 * per story and the StoryStarted/StoryFinished events are the delivery issue's next step.
 */
package dev.retrotrack.ingest.sprint;
