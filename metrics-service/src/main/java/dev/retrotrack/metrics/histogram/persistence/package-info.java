/** Reading a histogram's series from a MongoDB collection of observations. */
package dev.retrotrack.metrics.histogram.persistence;
