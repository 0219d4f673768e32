/** A MongoDB health check that works against both real MongoDB and mongo-java-server. */
package dev.retrotrack.support.health;
