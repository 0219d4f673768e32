package dev.retrotrack.ingest.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import dev.retrotrack.events.Retro;
import dev.retrotrack.events.TeamName;
import org.junit.jupiter.api.Test;

class RetroRulesTest {

    private static Retro retro(Retro.EpicRef epic, List<Retro.ActionItem> actions, Retro.Delivery delivery) {
        return new Retro(epic, null, null, null, delivery, null, actions, null, null, null, null);
    }

    private static Retro.ActionItem action(String title) {
        return new Retro.ActionItem(title, null, null, null, null, null, null, null, null);
    }

    @Test
    void acceptsAMinimalRetroWithOnlyAnEpic() {
        assertThat(RetroRules.check(retro(new Retro.EpicRef("E-1", null), null, null))).isEmpty();
    }

    @Test
    void requiresAnEpicIdAndATitlePerActionItemNamingEachField() {
        List<Violation> violations = RetroRules.check(retro(new Retro.EpicRef(" ", null),
                List.of(action("ok"), action(null)), null));

        assertThat(violations).extracting(Violation::field).containsExactly("epic.id", "actionItems[1].title");
    }

    @Test
    void refusesNegativeDeliveryFigures() {
        List<Violation> violations = RetroRules.check(retro(new Retro.EpicRef("E-1", null), null,
                new Retro.Delivery(3, -1, null, null, null)));

        assertThat(violations).extracting(Violation::field).containsExactly("delivery.storiesCompleted");
    }

    @Test
    void refusesDatesNoRetroCouldHaveSoNoDueDateOverflowsDownstream() {
        Retro.EpicRef epic = new Retro.EpicRef("E-1", null);
        for (String date : List.of("+999999999-12-31", "1989-12-31", "2200-01-01")) {
            Retro dated = new Retro(epic, java.time.LocalDate.parse(date), null, null, null, null, null, null, null,
                    null, null);
            assertThat(RetroRules.check(dated)).as(date).extracting(Violation::field).containsExactly("date");
        }
        assertThat(RetroRules.check(new Retro(epic, java.time.LocalDate.of(2199, 12, 31), null, null, null, null,
                null, null, null, null, null))).isEmpty();
    }

    @Test
    void capsTheNumberOfItemsOneRetroMayCarry() {
        List<Retro.ActionItem> many = Collections.nCopies(RetroRules.MAX_ITEMS + 1, action("same"));

        assertThat(RetroRules.check(retro(new Retro.EpicRef("E-1", null), many, null)))
                .extracting(Violation::field).containsExactly("actionItems");
    }

    @Test
    void teamNamesAreCaseInsensitiveAndRestrictedToUrlAndLabelSafeCharacters() {
        assertThat(TeamName.parse(" Phoenix ").value()).isEqualTo("phoenix");
        assertThatThrownBy(() -> TeamName.parse("no spaces")).isInstanceOf(TeamName.InvalidTeamNameException.class);
        assertThatThrownBy(() -> TeamName.parse("-leading-dash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamName.parse("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
