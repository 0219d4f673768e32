/** Applying a sprint-status file: find the real story changes, save them with their events, publish. */
package dev.retrotrack.ingest.sprint.application;
