package dev.retrotrack.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.retrotrack.events.TeamName;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static ApiKeyProperties.Key key(String name, List<String> teams, boolean operator, String key) {
        return new ApiKeyProperties.Key(name, teams, operator, ApiKeys.sha256(key));
    }

    @Test
    void aPresentedKeyFindsTheCallerOfItsHash() {
        ApiKeys keys = ApiKeys.of(List.of(key("phoenix-ci", List.of("Phoenix"), false, "k-phoenix"),
                key("ops", List.of("*"), true, "k-ops")));

        Caller phoenix = keys.find("k-phoenix").orElseThrow();
        assertThat(phoenix.keyName()).isEqualTo("phoenix-ci");
        assertThat(phoenix.mayAccess(TeamName.parse("phoenix"))).isTrue();
        assertThat(phoenix.mayAccess(TeamName.parse("falcon"))).isFalse();
        assertThat(phoenix.operator()).isFalse();

        Caller ops = keys.find("k-ops").orElseThrow();
        assertThat(ops.mayAccess(TeamName.parse("falcon"))).isTrue();
        assertThat(ops.operator()).isTrue();
    }

    @Test
    void unknownKeysAndNearMissesFindNobody() {
        ApiKeys keys = ApiKeys.of(List.of(key("phoenix-ci", List.of("phoenix"), false, "k-phoenix")));

        assertThat(keys.find("k-phoenix ")).isEmpty();
        assertThat(keys.find("K-PHOENIX")).isEmpty();
        assertThat(keys.find("")).isEmpty();
        assertThat(ApiKeys.of(List.of()).find("k-phoenix")).isEmpty();
    }

    @Test
    void theConfiguredHashMayBeUpperCaseHex() {
        ApiKeys keys = ApiKeys.of(List.of(new ApiKeyProperties.Key("ci", List.of("phoenix"), false,
                ApiKeys.sha256("k").toUpperCase())));

        assertThat(keys.find("k")).isPresent();
    }

    @Test
    void aMisconfiguredKeyStopsStartUpNamingTheProperty() {
        assertThatThrownBy(() -> ApiKeys.of(List.of(new ApiKeyProperties.Key("ci", List.of("phoenix"), false,
                "not-a-hash")))).hasMessageContaining("retrotrack.security.api-keys[0].sha256");
        assertThatThrownBy(() -> ApiKeys.of(List.of(key("ci", List.of(), false, "k"))))
                .hasMessageContaining("api-keys[0].teams");
        assertThatThrownBy(() -> ApiKeys.of(List.of(key("ci", List.of("no spaces"), false, "k"))))
                .hasMessageContaining("api-keys[0].teams");
        assertThatThrownBy(() -> ApiKeys.of(List.of(key("ci", List.of("a"), false, "k"),
                key("ci", List.of("b"), false, "k2")))).hasMessageContaining("api-keys[1].name 'ci'");
        assertThatThrownBy(() -> ApiKeys.of(List.of(key(" ", List.of("a"), false, "k"))))
                .hasMessageContaining("api-keys[0].name");
        assertThatThrownBy(() -> ApiKeys.of(List.of(key("ci", List.of("a"), false, "k"),
                key("ops", List.of("*"), true, "k")))).hasMessageContaining("api-keys[1].sha256");
    }

    @Test
    void theHashIsTheHexSha256OfTheKeysUtf8Bytes() {
        // printf %s 'abc' | sha256sum
        assertThat(ApiKeys.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
