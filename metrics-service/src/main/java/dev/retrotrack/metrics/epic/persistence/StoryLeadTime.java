package dev.retrotrack.metrics.epic.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One observation of {@code retrotrack_story_lead_time_seconds}: a story's first start to its first finish. Keyed
 * by the story, so it counts once even if reopened and finished again; never removed, so the histogram only grows.
 */
@Document("story_lead_times")
record StoryLeadTime(@Id String id, String team, double seconds, double bound) {
}
