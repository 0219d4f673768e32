/** {@code PUT /api/v1/teams/{team}/sprint-status}: a BMAD sprint-status.yaml as sent. */
package dev.retrotrack.ingest.sprint.web;
