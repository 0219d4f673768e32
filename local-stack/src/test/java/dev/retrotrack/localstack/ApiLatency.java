package dev.retrotrack.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of single API calls on an otherwise idle stack, one client, after a warm-up: the ingest's dry-run parse of
 * the largest shared sample (Markdown, as teams send it), and the error path (a malformed JSON body, 400) against
 * the success path (a valid JSON retro, dry run, 200).
 */
final class ApiLatency {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1000;

    private ApiLatency() {
    }

    static List<String> measure(URI ingest, String largestMarkdown, String validJson) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI dryRun = ingest.resolve("/api/v1/teams/latency/retros?dryRun=true");
        long[] markdown = timed(http, dryRun, "text/markdown; charset=UTF-8", largestMarkdown, 200);
        long[] success = timed(http, dryRun, "application/json", validJson, 200);
        long[] refused = timed(http, dryRun, "application/json", "{\"epic\": ", 400);
        double successPerSecond = MEASURED / (Arrays.stream(success).sum() / 1e9);
        double refusedPerSecond = MEASURED / (Arrays.stream(refused).sum() / 1e9);
        return List.of(
                "API latency, one client, %d calls after %d warm-up:".formatted(MEASURED, WARM_UP),
                "  dry-run parse of the largest sample (%d KB Markdown): p50 %.1f ms, p99 %.1f ms"
                        .formatted(largestMarkdown.length() / 1024, ms(markdown, 0.5), ms(markdown, 0.99)),
                "  valid JSON retro (dry run, 200): p50 %.1f ms, p99 %.1f ms, %.0f calls/s"
                        .formatted(ms(success, 0.5), ms(success, 0.99), successPerSecond),
                "  malformed JSON (400 problem+json): p50 %.1f ms, p99 %.1f ms, %.0f calls/s = %.2f x the success path"
                        .formatted(ms(refused, 0.5), ms(refused, 0.99), refusedPerSecond,
                                refusedPerSecond / successPerSecond) + " (target >= 0.25)");
    }

    private static long[] timed(HttpClient http, URI uri, String contentType, String body, int expected)
            throws Exception {
        HttpRequest request = StackParts.request(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != expected) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = elapsed;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
