package dev.retrotrack.ingest.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.Topics;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RetrotrackIntegrationTest
class SubmittingMarkdownRetrosIT {

    @LocalServerPort
    int port;

    TopicProbe submitted;

    @BeforeEach
    void openProbe() {
        submitted = TopicProbe.on(Topics.RETRO_SUBMITTED);
    }

    @AfterEach
    void closeProbe() {
        submitted.close();
    }

    @Test
    void dryRunPreviewsTheParsedRetroWithoutMojibakeAndPublishesNothing() {
        String team = TestTeams.unique("dm");

        HttpResponse<String> preview = post(team, "?dryRun=true", "text/markdown", sample("003_8cedfb38adeec1d1.txt"));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(preview.body(), "$.epic.id")).isEqualTo("DM-09");
        assertThat((Boolean) JsonPath.read(preview.body(), "$.acceptable")).isTrue();
        assertThat((List<?>) JsonPath.read(preview.body(), "$.techDebt")).hasSize(26);
        assertThat(preview.body()).doesNotContain("ðŸ", "‚úÖ", "√", "Ã");

        // A real submission of the same team afterwards is the only event: the preview published nothing.
        HttpResponse<String> accepted = post(team, "", "text/markdown", sample("000_38001d1a66f0c17f.txt"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventsOf(team)).hasSize(1));
        assertThat(eventsOf(team).getFirst().payload().retro().epic().id()).isEqualTo("0.6");
    }

    @Test
    void acceptedMarkdownPublishesTheSameStructureTheDryRunShows() {
        String team = TestTeams.unique("otel");
        byte[] document = sample("002_623814e9645e2a49.txt");
        HttpResponse<String> preview = post(team, "?dryRun=true", "text/markdown; charset=UTF-8", document);

        HttpResponse<String> accepted = post(team, "", "text/markdown; charset=UTF-8", document);

        assertThat(accepted.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventsOf(team)).hasSize(1));
        RetroSubmitted event = eventsOf(team).getFirst().payload();
        assertThat(event.retro().actionItems()).extracting(a -> a.title())
                .containsExactlyElementsOf(JsonPath.read(preview.body(), "$.actionItems[*].title"));
        assertThat(event.retro().participants()).contains("Alice", "Charlie");
    }

    @Test
    void readsTheCharsetTheContentTypeNames() {
        String markdown = "# Epic 5 Retrospective: Café\n\n## Action Items\n\n- Fix the crème brûlée (Owner: Zoë)\n";

        HttpResponse<String> preview = post("cafe", "?dryRun=true", "text/markdown; charset=windows-1252",
                markdown.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(preview.body(), "$.actionItems[0].owner")).isEqualTo("Zoë");
    }

    @Test
    void readsUtf16WhenTheContentTypeSaysSo() {
        String markdown = "# Epic 5 Retrospective: Sync\n\n## Action Items\n\n- Ship it (Owner: Zoë)\n";

        HttpResponse<String> preview = post("sync", "?dryRun=true", "text/markdown; charset=UTF-16",
                markdown.getBytes(StandardCharsets.UTF_16));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(preview.body(), "$.actionItems[0].owner")).isEqualTo("Zoë");
    }

    @Test
    void previewOfAnUnacceptableRetroSaysWhy() {
        HttpResponse<String> preview = post("anyteam", "?dryRun=true", "text/markdown",
                "## Action Items\n\n- Something (Owner: Bob)\n".getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(preview.body(), "$.acceptable")).isFalse();
        assertThat((String) JsonPath.read(preview.body(), "$.errors[0].field")).isEqualTo("epic.id");
    }

    @Test
    void refusesAnEmptyBody() {
        assertProblem(post("anyteam", "", "text/markdown", new byte[0]), 400, "empty-body");
        assertProblem(post("anyteam", "", "text/markdown", " \n\n ".getBytes(StandardCharsets.UTF_8)), 400,
                "empty-body");
    }

    @Test
    void refusesBodiesOverOneMebibyteBeforeReadingThem() {
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');

        assertProblem(post("anyteam", "", "text/markdown", large), 413, "payload-too-large");
        assertProblem(postStreamed("anyteam", "text/markdown", large), 413, "payload-too-large");
        byte[] largeJson = ("{\"epic\": {\"id\": \"E-1\", \"title\": \"" + "a".repeat(1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(postStreamed("anyteam", "application/json", largeJson), 413, "payload-too-large");
    }

    @Test
    void refusesBinaryAndUndecodableBodies() {
        assertProblem(post("anyteam", "", "text/markdown", "# Retro\u0000 binary".getBytes(StandardCharsets.UTF_8)),
                415, "binary-body");
        assertProblem(post("anyteam", "", "text/markdown", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28}),
                422, "undecodable-text");
        assertProblem(post("anyteam", "", "text/markdown; charset=klingon", "# Retro".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type");
    }

    private List<EventEnvelope<RetroSubmitted>> eventsOf(String team) {
        return submitted.events(RetroSubmitted.class).stream().filter(e -> e.team().equals(team)).toList();
    }

    private HttpResponse<String> post(String team, String query, String contentType, byte[] body) {
        return HttpJson.post(retros(team) + query, contentType, body);
    }

    /** Without Content-Length (chunked), so the limit must be enforced while reading. */
    private HttpResponse<String> postStreamed(String team, String contentType, byte[] body) {
        return HttpJson.postStreamed(retros(team), contentType, body);
    }

    private String retros(String team) {
        return "http://localhost:" + port + "/api/v1/teams/" + team + "/retros";
    }

    private static byte[] sample(String name) {
        try (InputStream in = SubmittingMarkdownRetrosIT.class.getResourceAsStream("/parsing/samples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type"))
                .isEqualTo("https://retrotrack.dev/problems/" + type);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).isNotBlank();
        assertThat(Stream.of("Exception", "at dev.")).noneMatch(response.body()::contains);
    }
}
