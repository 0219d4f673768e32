/** Story records and lead-time observations in MongoDB, and the epic figures computed from what is stored. */
package dev.retrotrack.metrics.epic.persistence;
