/**
 * Epic delivery: stories planned and completed, points, completion ratio, story lead time and follow-through, from
 * the story events and what each epic's retros said. {@link dev.retrotrack.metrics.epic.EpicDelivery} holds the
 * arithmetic, plain Java.
 */
package dev.retrotrack.metrics.epic;
