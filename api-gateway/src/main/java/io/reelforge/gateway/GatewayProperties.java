package io.reelforge.gateway;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP API, under {@code reelforge.gateway.*}.
 *
 * @param defaultTenant the tenant jobs belong to until the API authenticates clients
 * @param retryAfter how long a client should wait before polling a job it just created ({@code Retry-After})
 * @param defaultPageSize jobs per page of {@code GET /api/v1/jobs} when the client names no size
 * @param maxPageSize the largest page a client may ask for
 * @param publicBaseUrl when set (e.g. {@code https://reelforge.example.com}), links and {@code Location} headers are
 *        absolute URLs under it; otherwise they are paths, which behind a proxy is usually what clients want
 */
@Validated
@ConfigurationProperties("reelforge.gateway")
public record GatewayProperties(
        @NotBlank @DefaultValue(DEFAULT_TENANT) String defaultTenant,
        @NotNull @DefaultValue(DEFAULT_RETRY_AFTER) Duration retryAfter,
        @Min(1) @DefaultValue(DEFAULT_PAGE_SIZE) int defaultPageSize,
        @Min(1) @Max(1000) @DefaultValue(MAX_PAGE_SIZE) int maxPageSize,
        @Nullable URI publicBaseUrl) {

    public static final String DEFAULT_TENANT = "default";
    public static final String DEFAULT_RETRY_AFTER = "2s";
    public static final String DEFAULT_PAGE_SIZE = "20";
    public static final String MAX_PAGE_SIZE = "100";

    @AssertTrue(message = "default-page-size must not be larger than max-page-size")
    public boolean isDefaultPageSizeWithinMax() {
        return defaultPageSize <= maxPageSize;
    }

    /** {@code Retry-After} in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    /** The public base URL without a trailing slash, or an empty string for relative links. */
    public String linkPrefix() {
        if (publicBaseUrl == null) {
            return "";
        }
        String base = publicBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
