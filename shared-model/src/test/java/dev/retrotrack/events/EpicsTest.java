package dev.retrotrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpicsTest {

    @ParameterizedTest
    @CsvSource({
            "Epic 9, 9",
            "epic-09, 9",
            "9, 9",
            "DM-09, DM-9",
            "dm-9, DM-9",
            "epic-3-5, 3-5",
            "3.5, 3-5",
            "Epic 0, 0"})
    void epicsAsPeopleWriteThemMeetInOneCanonicalId(String written, String canonical) {
        assertThat(Epics.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"Epic 9, DM-9", "3-5, 3", "1, 11"})
    void differentEpicsStayDifferent(String a, String b) {
        assertThat(Epics.sameEpic(a, b)).isFalse();
    }
}
