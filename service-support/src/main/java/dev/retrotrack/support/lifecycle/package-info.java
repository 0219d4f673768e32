/** Ties a service's life to the process that started it (the local stack), so nothing is orphaned. */
package dev.retrotrack.support.lifecycle;
