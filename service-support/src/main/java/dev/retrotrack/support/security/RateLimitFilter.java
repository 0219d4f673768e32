package dev.retrotrack.support.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per API key (Bucket4j): a caller over its limit gets 429 with {@code Retry-After} before its
 * request is read. Per instance: N instances behind a load balancer allow up to N times the limit, which is the
 * point (protection of each instance), not an exact quota. Buckets exist only for configured keys, so their number
 * is bounded.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final ApiKeyProperties.RateLimit limit;
    private final SecurityProblems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(ApiKeyProperties.RateLimit limit, SecurityProblems problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = TeamAccess.currentCaller().orElse(null);
        if (caller == null) {
            chain.doFilter(request, response); // no accepted key: refused further on, nothing to count
            return;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller.keyName(), name -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        problems.tooManyRequests(request, response, caller, seconds);
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.burst())
                .refillGreedy(limit.requests(), limit.period()).build()).build();
    }
}
