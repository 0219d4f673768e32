package dev.retrotrack.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads the key of {@code Authorization: Bearer <key>} (RFC 6750); no header means "no key", answered later. */
final class BearerKeyConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer ";
    /** Keys are tens of characters; anything far longer is not a key and is not worth hashing. */
    private static final int MAX_KEY_LENGTH = 512;

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new BadCredentialsException("Send the API key as 'Authorization: Bearer <key>'.");
        }
        String key = header.substring(SCHEME.length()).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new BadCredentialsException("The Authorization header holds no usable key: send "
                    + "'Authorization: Bearer <key>'.");
        }
        return ApiKeyAuthentication.presented(key);
    }
}
