package dev.retrotrack.support.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every service's API ({@code /api/**}) needs an API key; a key reaches only its teams' data; the dead-letter API
 * needs an operator key; each key is rate limited. Management endpoints are not under {@code /api} and are not
 * covered here: they listen on their own port, bound to loopback unless configured otherwise.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiKeyProperties.class)
// Explicit, so the chain also stands where Boot's own web-security configuration is not applied (test slices).
@EnableWebSecurity
public class ApiSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityAutoConfiguration.class);

    @Bean
    ApiKeys apiKeys(ApiKeyProperties properties) {
        ApiKeys keys = ApiKeys.of(properties.apiKeys());
        if (keys.isEmpty()) {
            log.warn("No API keys are configured (retrotrack.security.api-keys): every API request will be refused "
                    + "with 401. See the README's 'API keys' section.");
        }
        return keys;
    }

    /** Also makes Boot skip its generated in-memory user: the keys are the only credentials. */
    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ApiKeys keys) {
        return new ApiKeyAuthenticationProvider(keys);
    }

    /** Also the firewall's answer to a refused path (Spring Security picks up the one RequestRejectedHandler). */
    @Bean
    SecurityProblems securityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new SecurityProblems(resolver);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider provider,
                                    ApiKeyProperties properties, SecurityProblems problems) {
        AuthenticationFilter authentication = new AuthenticationFilter(new ProviderManager(List.of(provider)),
                new BearerKeyConverter());
        authentication.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        // Stay on the request: no redirect, no session; the chain goes on to authorization.
        authentication.setSuccessHandler((request, response, result) -> { });
        return http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Key check, then the key's rate limit, then the access rules: distinct anchors keep that order
                // (a filter added "after AuthenticationFilter" would land at that class's built-in slot, earlier).
                .addFilterBefore(authentication, ExceptionTranslationFilter.class)
                .addFilterBefore(new RateLimitFilter(properties.rateLimit(), problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/dead-letters/**").access(OperatorAccess.only())
                        .requestMatchers("/api/v1/teams/{team}/**").access(TeamAccess.teamInPath())
                        .anyRequest().authenticated())
                .build();
    }
}
