package dev.retrotrack.support.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code retrotrack.security.*}: the API keys a service accepts and the rate limit each key gets.
 *
 * <pre>
 * retrotrack.security.api-keys[0].name=phoenix-ci
 * retrotrack.security.api-keys[0].teams=phoenix
 * retrotrack.security.api-keys[0].sha256=&lt;hex SHA-256 of the key&gt;   # printf %s "$KEY" | sha256sum
 * retrotrack.security.api-keys[1].name=platform-ops
 * retrotrack.security.api-keys[1].teams=*
 * retrotrack.security.api-keys[1].operator=true
 * retrotrack.security.api-keys[1].sha256=…
 * </pre>
 *
 * Only hashes are configured: a leaked configuration does not leak a usable key. With no keys configured every API
 * request is refused (401); nothing is open by default.
 *
 * @param apiKeys   the accepted keys
 * @param rateLimit requests each key may make
 */
@ConfigurationProperties("retrotrack.security")
public record ApiKeyProperties(@DefaultValue List<Key> apiKeys, @DefaultValue RateLimit rateLimit) {

    /**
     * One key.
     *
     * @param name     shown in logs and used for the rate limit; not secret
     * @param teams    team names, or {@code *} for every team
     * @param operator may use the operators' APIs (dead letters)
     * @param sha256   hex SHA-256 of the key's UTF-8 bytes
     */
    public record Key(String name, @DefaultValue List<String> teams, boolean operator, String sha256) {
    }

    /**
     * A token bucket per key and service instance: {@code burst} requests at once, refilled at {@code requests} per
     * {@code period}. Generous by default (a team posts a few retros a month); one setting for every key, so a bulk
     * import runs against instances configured for it.
     */
    public record RateLimit(@DefaultValue("50") long requests, @DefaultValue("1s") Duration period,
                            @DefaultValue("200") long burst) {

        public RateLimit {
            if (requests <= 0 || burst <= 0 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("retrotrack.security.rate-limit: requests, burst and period must "
                        + "be positive, were " + requests + ", " + burst + ", " + period);
            }
        }
    }
}
