package dev.retrotrack.support.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The operators' APIs (dead letters hold every team's payloads): only keys configured with {@code operator=true}. */
final class OperatorAccess {

    private OperatorAccess() {
    }

    static AuthorizationManager<RequestAuthorizationContext> only() {
        return (authentication, context) -> {
            if (!(authentication.get().getPrincipal() instanceof Caller caller)) {
                return new AuthorizationDecision(false);
            }
            return caller.operator() ? new AuthorizationDecision(true)
                    : new Refusal("The dead-letter API needs an operator key; the key '" + caller.keyName()
                            + "' is a team key. Ask your Retrotrack operator.");
        };
    }
}
