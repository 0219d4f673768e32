package dev.retrotrack.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP against the running service, as a client would call it: with the {@link TestKeys#EVERY_TEAM} key
 * unless a call names its own {@code Authorization} header.
 */
public final class HttpJson {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String AUTHORIZATION = "Authorization";

    private HttpJson() {
    }

    /** The {@code Authorization} header value for {@code key}. */
    public static String bearer(String key) {
        return "Bearer " + key;
    }

    public static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A body sent as bytes, with its Content-Length. */
    public static HttpResponse<String> post(String url, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A body of unknown length (sent chunked), as streaming clients send it. */
    public static HttpResponse<String> postStreamed(String url, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /**
     * Any method with a body and extra headers given as name, value, name, value …
     * ({@code "If-Match", "\"3\""}). An {@code Authorization} header replaces the default key; with an empty
     * value the request goes without any key.
     */
    public static HttpResponse<String> send(String method, String url, String contentType, String body,
                                            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        boolean ownKey = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            ownKey |= headers[i].equalsIgnoreCase(AUTHORIZATION);
            if (!headers[i + 1].isEmpty()) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return ownKey ? sendAsIs(request.build()) : send(request.build());
    }

    /** With the every-team key. */
    private static HttpResponse<String> send(HttpRequest request) {
        return sendAsIs(HttpRequest.newBuilder(request, (name, value) -> true)
                .header(AUTHORIZATION, bearer(TestKeys.EVERY_TEAM)).build());
    }

    private static HttpResponse<String> sendAsIs(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + request, e);
        }
    }
}
