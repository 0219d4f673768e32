package dev.retrotrack.support.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure a service reports to its caller as problem+json. Throw it (or a subclass) from web adapters; the one
 * handler renders it.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatusCode status, URI type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ProblemException(HttpStatusCode status, URI type, String title, String detail,
                            Map<String, Object> properties) {
        super(status, problem(status, type, title, detail, properties), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail,
                                         Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
