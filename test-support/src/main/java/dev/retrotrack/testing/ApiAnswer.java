package dev.retrotrack.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's answer to one request of a fuzz target, held against what every Retrotrack API promises for any body:
 * it is accepted, or refused with a 4xx {@code application/problem+json} whose {@code detail} says what to fix.
 * MockMvc runs the service's one error handler, so which failures are the caller's fault is that handler's decision,
 * not a list kept here.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header, if any
 * @param body        the answer's JSON; {@code null} if it had no body
 * @param etag        the {@code ETag} header, if any
 * @param failure     the exception the error handler was given, if any
 */
public record ApiAnswer(int status, String contentType, JsonNode body, String etag, Exception failure) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Programming errors a 4xx must never stand for. Jackson wraps what a record's constructor throws while binding,
     * and the handler then calls the body malformed: a bug would hide behind a 400 that blames the caller.
     */
    private static final List<Class<? extends RuntimeException>> BUGS = List.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArithmeticException.class,
            IllegalStateException.class, UnsupportedOperationException.class);

    public static ApiAnswer of(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        if (result.getHandler() == null) {
            // Path, method and content type are the target's own; an answer without an endpoint (a 404 or 415 that
            // keeps the promise) would mean the context lacks it, and the fuzzing would test nothing.
            throw new AssertionError("No endpoint took the request (answered " + response.getStatus()
                    + "): the fuzz target's context is missing it", result.getResolvedException());
        }
        byte[] content = response.getContentAsByteArray();
        JsonNode body;
        try {
            body = content.length == 0 ? null : JSON.readTree(content);
        } catch (JacksonException notJson) {
            throw new AssertionError("Answered " + response.getStatus() + " with a body that is not JSON: "
                    + new String(content, StandardCharsets.UTF_8), result.getResolvedException());
        }
        return new ApiAnswer(response.getStatus(), response.getContentType(), body, response.getHeader("ETag"),
                result.getResolvedException());
    }

    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    /**
     * @return this answer, if it keeps the promise
     * @throws AssertionError otherwise (a 5xx above all), with the exception the handler was given as its cause
     */
    public ApiAnswer requireSafe() {
        if (accepted() ? body != null && failure == null : isUsableRefusal()) {
            return this;
        }
        throw new AssertionError("Answered " + status + " " + contentType + ": " + body, failure);
    }

    /** Both answers to the same request agree: the same status and, for a refusal, the same type and detail. */
    public void requireSameOutcome(ApiAnswer other) {
        boolean same = other.status == status && (accepted()
                || other.body.path("type").equals(body.path("type"))
                && other.body.path("detail").equals(body.path("detail")));
        if (!same) {
            throw new AssertionError("The same request was answered " + status + " " + body + ", then "
                    + other.status + " " + other.body, other.failure != null ? other.failure : failure);
        }
    }

    private boolean isUsableRefusal() {
        return status >= 400 && status < 500 && contentType != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))
                && body != null && body.path("status").asInt() == status
                && hasText(body.path("title")) && hasText(body.path("detail"))
                && !hidesBug(failure);
    }

    private static boolean hasText(JsonNode node) {
        return node.isString() && !node.asString().isBlank();
    }

    private static boolean hidesBug(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends RuntimeException> bug : BUGS) {
                if (bug.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
