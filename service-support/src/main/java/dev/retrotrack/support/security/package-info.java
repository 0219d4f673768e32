/**
 * Who may call a service's API: per-team API keys (stored as SHA-256 hashes, compared in constant time), the rule
 * that a key reaches only its own teams' data, the operator role for the dead-letter API, and a rate limit per key.
 * Built on Spring Security; every refusal is problem+json from the one error handler.
 */
package dev.retrotrack.support.security;
