/** {@code GET /api/v1/teams/{team}/epics} and {@code /epics/{epic}}. */
package dev.retrotrack.metrics.epic.web;
