package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.events.ItemKind;
import org.junit.jupiter.api.Test;

class ItemIdTest {

    @Test
    void sameItemRewordedInCaseSpacingAndPunctuationKeepsItsId() {
        assertThat(ItemId.of("phoenix", "E-1", ItemKind.ACTION, null, "Add lint gate!"))
                .isEqualTo(ItemId.of("phoenix", "e-1", ItemKind.ACTION, null, "  add   LINT-gate "));
    }

    @Test
    void epicWrittenDifferentlyIsTheSameEpic() {
        String id = ItemId.of("phoenix", "DM-09", ItemKind.ACTION, null, "Add lint gate");

        assertThat(ItemId.of("phoenix", "dm-9", ItemKind.ACTION, null, "Add lint gate")).isEqualTo(id);
        assertThat(ItemId.of("phoenix", "Epic 9", ItemKind.ACTION, null, "x"))
                .isEqualTo(ItemId.of("phoenix", "9", ItemKind.ACTION, null, "x"));
    }

    @Test
    void debtItemsAreIdentifiedByTheirDebtIdWhateverTheirTitle() {
        assertThat(ItemId.of("phoenix", "E-1", ItemKind.DEBT, "TD-DM09-S1", "Insecure OTLP exporter"))
                .isEqualTo(ItemId.of("phoenix", "E-1", ItemKind.DEBT, "td-dm09-s1", "OTLP exporter without TLS"));
    }

    @Test
    void differentTeamsEpicsOrKindsGetDifferentIds() {
        String id = ItemId.of("phoenix", "E-1", ItemKind.ACTION, null, "Add lint gate");

        assertThat(ItemId.of("falcon", "E-1", ItemKind.ACTION, null, "Add lint gate")).isNotEqualTo(id);
        assertThat(ItemId.of("phoenix", "E-2", ItemKind.ACTION, null, "Add lint gate")).isNotEqualTo(id);
        assertThat(ItemId.of("phoenix", "E-1", ItemKind.DEBT, null, "Add lint gate")).isNotEqualTo(id);
    }

    @Test
    void idsSayTheirTeamAndKind() {
        assertThat(ItemId.of("t.eam-1", "E", ItemKind.ACTION, null, "x")).startsWith("t.eam-1~act-");
        assertThat(ItemId.of("t", "E", ItemKind.DEBT, "TD-1", "x")).startsWith("t~debt-");
        assertThat(ItemId.teamOf(ItemId.of("t.eam-1", "E", ItemKind.ACTION, null, "x"))).contains("t.eam-1");
        assertThat(ItemId.teamOf("act-3f2a")).isEmpty();
        assertThat(ItemId.teamOf(null)).isEmpty();
    }
}
