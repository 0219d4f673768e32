package dev.retrotrack.support.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request's API key: first as presented (not yet trusted), then, once a configured key matched, as the
 * {@link Caller} it belongs to. The presented key is dropped once authenticated, so it never lingers in the
 * security context.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String presentedKey;
    private final Caller caller;

    private ApiKeyAuthentication(String presentedKey, Caller caller) {
        super(List.of());
        this.presentedKey = presentedKey;
        this.caller = caller;
        super.setAuthenticated(caller != null);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication(key, null);
    }

    static ApiKeyAuthentication of(Caller caller) {
        return new ApiKeyAuthentication(null, caller);
    }

    String presentedKey() {
        return presentedKey;
    }

    @Override
    public Object getCredentials() {
        return presentedKey;
    }

    /** The {@link Caller}, or null while the key is not yet checked. */
    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller == null ? "unverified key" : caller.keyName();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Only a matched key makes an authenticated caller");
        }
        super.setAuthenticated(false);
    }
}
