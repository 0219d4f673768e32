/** The last status of each story of a team, and the story events not yet published (one document per team). */
package dev.retrotrack.ingest.sprint.persistence;
