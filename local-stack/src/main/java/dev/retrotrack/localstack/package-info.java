/**
 * Starts the whole Retrotrack suite on one machine with real parts, for {@code ./run-local} and
 * for the end-to-end test.
 *
 * <p>What runs where:
 * <ul>
 *   <li>a MongoDB wire-protocol server ({@code mongo-java-server}, H2 file backend, oplog on) inside
 *       the launcher's own JVM ({@link dev.retrotrack.localstack.MongoWireServer});</li>
 *   <li>a single-node KRaft Kafka broker in a child JVM built from the real Kafka jars
 *       ({@link dev.retrotrack.localstack.KafkaBroker}, {@link dev.retrotrack.localstack.KafkaNode});</li>
 *   <li>the three service fat jars as child JVMs ({@link dev.retrotrack.localstack.ServiceProcess}).</li>
 * </ul>
 * Every child watches the launcher's pid and exits when it dies, so even a {@code kill -9} of the
 * launcher leaves no orphan behind. Entry points: {@link dev.retrotrack.localstack.LocalStack#main}
 * for the command line, {@link dev.retrotrack.localstack.LocalStack#start} for tests.
 */
package dev.retrotrack.localstack;
