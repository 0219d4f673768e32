package dev.retrotrack.support.security;

import org.springframework.security.authorization.AuthorizationDecision;

/** A denied authorization that says why, in words the caller can act on (it becomes the 403's detail). */
final class Refusal extends AuthorizationDecision {

    private final String reason;

    Refusal(String reason) {
        super(false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
