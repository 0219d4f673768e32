/**
 * Dead letters kept by each consuming service: stored with their bytes and reason, listed, redriven once to their
 * original topic or discarded through {@code /api/v1/dead-letters}, expired after a retention period.
 */
package dev.retrotrack.support.deadletter;
