package dev.retrotrack.support.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Turns a presented key into its {@link Caller}, or refuses it. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeys keys;

    ApiKeyAuthenticationProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = ((ApiKeyAuthentication) authentication).presentedKey();
        return keys.find(presented).map(ApiKeyAuthentication::of).orElseThrow(() -> new BadCredentialsException(
                "The API key is not one this service knows. Check it for typos, or ask your Retrotrack operator "
                        + "for your team's key."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
