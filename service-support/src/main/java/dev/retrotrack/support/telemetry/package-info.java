/** Telemetry rules every service shares: OTLP export encrypted unless explicitly allowed otherwise. */
package dev.retrotrack.support.telemetry;
