package dev.retrotrack.support.security;

import java.io.IOException;

import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The security chain's refusals (401 no or unknown key, 403 another team's data, 429 too many requests), handed to
 * the MVC exception resolvers so the one error handler renders them like every other problem.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final java.net.URI UNAUTHORIZED = ProblemTypes.of("unauthorized");
    static final java.net.URI FORBIDDEN = ProblemTypes.of("forbidden");
    static final java.net.URI TOO_MANY_REQUESTS = ProblemTypes.of("too-many-requests");

    private final HandlerExceptionResolver resolver;

    SecurityProblems(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException refused) throws IOException {
        String detail = refused instanceof BadCredentialsException ? refused.getMessage()
                : "This API needs an API key: send 'Authorization: Bearer <key>'. Ask your Retrotrack operator "
                        + "for your team's key.";
        ProblemException problem = new ProblemException(HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "API key required",
                detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        render(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof Refusal refusal ? refusal.reason()
                : "This API key may not use this endpoint.";
        render(request, response, new ProblemException(HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed", detail));
    }

    /** Spring Security's firewall refused the path itself (encoded '/', '.', '%', ';' or '\\', "//", "..") */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        render(request, response, new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                "Path refused", "The request path holds an encoded '/', '\\', '.', '%' or ';', or a '..' or '//' "
                        + "segment; team names and ids never do. Use the plain name or id."));
    }

    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Caller caller,
                         long retryAfterSeconds) throws IOException {
        ProblemException problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS,
                "Too many requests", "The API key '" + caller.keyName() + "' has used its requests for now. "
                        + "Retry after " + retryAfterSeconds + " s.");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        render(request, response, problem);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        if (resolver.resolveException(request, response, null, problem) == null) {
            // Only when no problem+json can be written (a client accepting nothing of it): still the right status,
            // and the headers that say what to do.
            problem.getHeaders().forEach((name, values) -> values.forEach(
                    value -> response.addHeader(name, value)));
            response.sendError(problem.getStatusCode().value());
        }
    }
}
