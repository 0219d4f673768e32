package dev.retrotrack.ingest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The key check and the rate limit in front of every API, on a real service: a limit small enough to reach (3 at
 * once, then 1 an hour) so the 429 is certain, per key, with a Retry-After saying when to come back.
 */
@RetrotrackIntegrationTest(properties = {
        "retrotrack.security.rate-limit.burst=3",
        "retrotrack.security.rate-limit.requests=1",
        "retrotrack.security.rate-limit.period=1h"})
class ApiKeyLimitsIT {

    private static final String RETRO = """
            {"epic":{"id":"1","title":"Limits"},"date":"2026-11-20"}""";

    @LocalServerPort
    int port;

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysAreNotSlowedDown() {
        for (int i = 0; i < 3; i++) {
            assertThat(dryRun(TestKeys.ALPHA_TEAM, TestKeys.ALPHA).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = dryRun(TestKeys.ALPHA_TEAM, TestKeys.ALPHA);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat((String) JsonPath.read(limited.body(), "$.type")).endsWith("/too-many-requests");
        assertThat((String) JsonPath.read(limited.body(), "$.detail")).contains("alpha-ci");

        assertThat(dryRun(TestKeys.BETA_TEAM, TestKeys.BETA).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyABearerKeyIsAcceptedAndEveryRefusalSaysHowToSendIt() {
        HttpResponse<String> basic = dryRunWithHeader(TestKeys.BETA_TEAM, "Basic dXNlcjpwYXNz");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(basic.body(), "$.detail")).contains("Authorization: Bearer");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        HttpResponse<String> empty = dryRunWithHeader(TestKeys.BETA_TEAM, "Bearer ");
        assertThat(empty.statusCode()).isEqualTo(401);

        HttpResponse<String> none = dryRunWithHeader(TestKeys.BETA_TEAM, "");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(none.body(), "$.detail")).contains("needs an API key");
    }

    @Test
    void aTeamKeyIsRefusedForAnotherTeamWithTheReason() {
        HttpResponse<String> other = dryRun(TestKeys.ALPHA_TEAM, TestKeys.BETA);

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat((String) JsonPath.read(other.body(), "$.detail"))
                .contains("'beta-ci'", "[" + TestKeys.BETA_TEAM + "]", "'" + TestKeys.ALPHA_TEAM + "'");
    }

    private HttpResponse<String> dryRun(String team, String key) {
        return dryRunWithHeader(team, HttpJson.bearer(key));
    }

    private HttpResponse<String> dryRunWithHeader(String team, String authorization) {
        return HttpJson.send("POST", "http://localhost:" + port + "/api/v1/teams/" + team + "/retros?dryRun=true",
                "application/json", RETRO, "Authorization", authorization);
    }
}
