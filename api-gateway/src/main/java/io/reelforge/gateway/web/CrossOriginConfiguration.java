package io.reelforge.gateway.web;

import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.error.ProblemJson;
import io.reelforge.gateway.error.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin calls from browsers (CORS), decided by a filter in front of everything else: a preflight carries no
 * API key, so it must be answered before the key check, and it is answered here and goes no further. Origins come
 * from {@code reelforge.gateway.cors.allowed-origins} (none by default); the methods, request headers and exposed
 * headers are the API's own. No credentials: the API authenticates with a bearer key, never a cookie. A refused
 * cross-origin request (preflight or not) is a 403 problem, where Spring's default would answer plain text.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration {

    /** Before the body limit and Spring MVC, after Boot's character encoding filter. */
    static final int ORDER = -9000;

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE");
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key", "Last-Event-ID", HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE,
            HttpHeaders.RANGE);
    private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
            "Idempotent-Replayed", HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_RANGE,
            HttpHeaders.ACCEPT_RANGES, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.ALLOW);

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(GatewayProperties properties) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOriginPatterns(properties.cors().allowedOrigins());
        api.setAllowedMethods(METHODS);
        api.setAllowedHeaders(REQUEST_HEADERS);
        api.setExposedHeaders(EXPOSED_HEADERS);
        api.setAllowCredentials(false);
        api.setMaxAge(properties.cors().maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        source.registerCorsConfiguration("/v3/api-docs/**", api);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        return registration;
    }

    /** Spring's CORS rules, with a refusal in the API's error format. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            String json = ProblemJson.write(ProblemType.ORIGIN_NOT_ALLOWED.problem("This cross-origin request is"
                    + " not allowed: its origin, method or headers are not among those the gateway allows"
                    + " (reelforge.gateway.cors.allowed-origins lists the origins)."));
            response.getBody().write(json.getBytes(StandardCharsets.UTF_8));
            response.flush();
        }
    }
}
