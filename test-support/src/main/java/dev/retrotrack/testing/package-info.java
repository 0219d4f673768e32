/**
 * Real infrastructure for integration tests: a Kafka broker and MongoDB, from Testcontainers where a Docker engine
 * answers and in-process otherwise (spring-kafka's embedded KRaft broker, mongo-java-server), behind one
 * initializer so every test runs unchanged on both. Also what the services' API fuzz targets check answers
 * against ({@link dev.retrotrack.testing.ApiAnswer}, {@link dev.retrotrack.testing.JsonReadLimits}).
 */
package dev.retrotrack.testing;
