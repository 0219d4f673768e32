package dev.retrotrack.testing;

import java.util.UUID;

/** Unique team names, so tests sharing a broker and a database never see each other's data. */
public final class TestTeams {

    private TestTeams() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
