/** What the metrics' persistence adapters share. */
package dev.retrotrack.metrics.support;
