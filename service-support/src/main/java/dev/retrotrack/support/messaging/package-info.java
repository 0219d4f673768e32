/** Kafka plumbing: publishing events, the one consumer error handler, the dead-letter topic, topic declarations. */
package dev.retrotrack.support.messaging;
