/** MongoDB client settings and a health check that work against both real MongoDB and mongo-java-server. */
package dev.retrotrack.support.health;
