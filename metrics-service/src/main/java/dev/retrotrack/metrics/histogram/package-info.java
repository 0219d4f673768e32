/** Duration histograms rebuilt from stored observations, exported through the Prometheus client's collector model. */
package dev.retrotrack.metrics.histogram;
