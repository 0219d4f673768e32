package dev.retrotrack.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fully populated event of each type with fixed values: the fixtures behind the golden JSON files. */
public final class GoldenEvents {

    static final Instant AT = Instant.parse("2026-01-05T09:30:00Z");
    static final TraceContext TRACE = new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            null);

    private GoldenEvents() {
    }

    public static EventEnvelope<RetroSubmitted> retroSubmitted() {
        Retro retro = new Retro(
                new Retro.EpicRef("DM-09", "Observability & Testing Infrastructure"),
                LocalDate.of(2025, 12, 31), "Bob", List.of("Alice", "Charlie"),
                new Retro.Delivery(8, 8, 50, 50, 158),
                List.of(new Retro.Story("DM-09.1", "OpenTelemetry Integration", null, ItemStatus.DONE)),
                List.of(new Retro.ActionItem("Make OTLP exporter TLS configurable", "Dev", "Before production", null,
                        "Security", Priority.CRITICAL, ItemStatus.DONE, "TD-DM09-S1",
                        "| Make OTLP exporter TLS configurable | Dev | Before production |")),
                List.of(new Retro.TechDebtItem("TD-DM09-S1", "Insecure OTLP Exporter Configuration",
                        Priority.CRITICAL, "agents/observability/tracing.py:85", "2h", ItemStatus.DONE, null)),
                List.of(new Retro.FollowThroughItem("Standardize gRPC retry pattern", ItemStatus.DONE,
                        "ADR-007 + Stories 0.6.3, 0.6.4")),
                new Retro.NextEpic("9", "Async & Reliability Platform", 6),
                List.of(new Retro.ParseWarning(42, "table under 'Risks' not understood; 5 rows skipped")));
        return new EventEnvelope<>(UUID.fromString("0b7e5a52-6f0e-4c1d-9d43-3c1f4f5d2a11"), "RetroSubmitted", 1, AT,
                "7d0f3c9e-2b51-4f0a-8f5e-6a1b2c3d4e5f", "phoenix", TRACE,
                new RetroSubmitted("7d0f3c9e-2b51-4f0a-8f5e-6a1b2c3d4e5f", "phoenix", retro));
    }

    public static EventEnvelope<ActionItemStateChanged> actionItemStateChanged() {
        return new EventEnvelope<>(UUID.fromString("5f2c1e80-93a4-4d8b-a1b7-2e4c6d8f0a13"), "ActionItemStateChanged",
                1, AT, "act-3f2a9c0b1d4e5f6a7b8c9d0e", "phoenix", TRACE,
                new ActionItemStateChanged("act-3f2a9c0b1d4e5f6a7b8c9d0e", "phoenix", "DM-09", ItemKind.ACTION,
                        "Make OTLP exporter TLS configurable", ItemStatus.OPEN, ItemStatus.IN_PROGRESS, AT,
                        ChangeCause.API, "alice", Priority.CRITICAL, LocalDate.of(2026, 1, 12), "Dev", 2,
                        false, 1, "started after the security review"));
    }

    public static EventEnvelope<StoryPlanned> storyPlanned() {
        return new EventEnvelope<>(UUID.fromString("7a0c1d2e-3f4a-4b5c-9d6e-7f8091a2b3c4"), "StoryPlanned", 1, AT,
                "1-2-account-management", "phoenix", TraceContext.NONE,
                new StoryPlanned("1-2-account-management", "1", "phoenix", AT, "backlog"));
    }

    public static EventEnvelope<StoryStarted> storyStarted() {
        return new EventEnvelope<>(UUID.fromString("8b1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"), "StoryStarted", 1, AT,
                "1-2-account-management", "phoenix", TraceContext.NONE,
                new StoryStarted("1-2-account-management", "1", "phoenix", AT, "ready-for-dev"));
    }

    public static EventEnvelope<StoryReopened> storyReopened() {
        return new EventEnvelope<>(UUID.fromString("9c2e3f40-5b6c-4d7e-9f80-a1b2c3d4e5f6"), "StoryReopened", 1, AT,
                "1-2-account-management", "phoenix", TraceContext.NONE,
                new StoryReopened("1-2-account-management", "1", "phoenix", AT, "done", "in-progress"));
    }

    public static EventEnvelope<StoryFinished> storyFinished() {
        return new EventEnvelope<>(UUID.fromString("c3a8d1f2-0b6e-4e7a-9c5d-1f2e3a4b5c6d"), "StoryFinished", 1, AT,
                "1-2-account-management", "phoenix", TraceContext.NONE,
                new StoryFinished("1-2-account-management", "epic-1", "phoenix", AT, "review", 3));
    }
}
