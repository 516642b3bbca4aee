package io.reelforge.gateway;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP API, under {@code reelforge.gateway.*}.
 *
 * @param retryAfter how long a client should wait before polling a job it just created ({@code Retry-After})
 * @param defaultPageSize jobs per page of {@code GET /api/v1/jobs} when the client names no size
 * @param maxPageSize the largest page a client may ask for
 * @param publicBaseUrl when set (e.g. {@code https://reelforge.example.com}), links and {@code Location} headers are
 *        absolute URLs under it; otherwise they are paths, which behind a proxy is usually what clients want
 * @param idempotency how long {@code Idempotency-Key}s are remembered
 * @param limits how fast and how much one tenant may submit
 * @param eventsTimeout how long an event stream stays open (a client reconnects with {@code Last-Event-ID})
 * @param webhooks how webhooks are delivered
 * @param eventsKeepAlive how often a quiet event stream sends a comment line so proxies keep it open; 0 for never
 * @param maxRequestBody the largest request body accepted (every route takes a small JSON body); more is refused
 *        with 413 before it is read
 * @param cors which browser origins may call the API from their pages
 */
@Validated
@ConfigurationProperties("reelforge.gateway")
public record GatewayProperties(
        @NotNull @DefaultValue(DEFAULT_RETRY_AFTER) Duration retryAfter,
        @Min(1) @DefaultValue(DEFAULT_PAGE_SIZE) int defaultPageSize,
        @Min(1) @Max(1000) @DefaultValue(MAX_PAGE_SIZE) int maxPageSize,
        @Nullable URI publicBaseUrl,
        @Valid @NotNull @DefaultValue Idempotency idempotency,
        @Valid @NotNull @DefaultValue Limits limits,
        @NotNull @DefaultValue("30m") Duration eventsTimeout,
        @Valid @NotNull @DefaultValue Webhooks webhooks,
        @NotNull @DefaultValue("15s") Duration eventsKeepAlive,
        @NotNull @DefaultValue(DEFAULT_MAX_REQUEST_BODY) DataSize maxRequestBody,
        @Valid @NotNull @DefaultValue Cors cors) {

    public static final String DEFAULT_RETRY_AFTER = "2s";
    public static final String DEFAULT_PAGE_SIZE = "20";
    public static final String MAX_PAGE_SIZE = "100";
    /** Far above any real request (a product with its script is a few kilobytes), far below a memory problem. */
    public static final String DEFAULT_MAX_REQUEST_BODY = "1MB";
    public static final String DEFAULT_CORS_MAX_AGE = "30m";

    /**
     * @param lifetime how long a key answers with its original job (the draft suggests at least 24 hours)
     * @param inFlightTimeout how long a key stays taken by a request that never finished (a gateway that died)
     */
    public record Idempotency(
            @NotNull @DefaultValue("24h") Duration lifetime,
            @NotNull @DefaultValue("60s") Duration inFlightTimeout) {
    }

    /**
     * Per tenant, shared by every gateway instance (the buckets live in Redis).
     *
     * @param jobsPerMinute the steady rate at which a tenant may create jobs
     * @param burst how many jobs a tenant may create at once before the rate applies
     * @param maxQueuedJobs how many unfinished jobs a tenant may have; more are refused with {@code queue_full}
     */
    public record Limits(
            @Min(1) @DefaultValue("120") int jobsPerMinute,
            @Min(1) @DefaultValue("60") int burst,
            @Min(1) @DefaultValue("200") int maxQueuedJobs) {
    }

    /**
     * @param schedule the delay before each attempt (the first is the first attempt): the Standard Webhooks
     *        schedule by default; its length is the number of attempts
     * @param jitter each delay varies by up to this fraction, so retries to one receiver do not arrive in step
     * @param timeout how long an attempt waits for an answer
     * @param pollInterval how often each gateway looks for due deliveries
     * @param lease how long a gateway holds a delivery it is sending before another may take it
     * @param rotationOverlap how long a rotated-out secret still signs, beside the new one
     * @param enabled whether this instance turns job events into deliveries and sends them
     * @param progressInterval the least time between two {@code job.progress} webhooks of one job
     */
    public record Webhooks(
            @NotNull @DefaultValue({"0s", "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h"})
            java.util.List<Duration> schedule,
            @DefaultValue("0.1") double jitter,
            @NotNull @DefaultValue("15s") Duration timeout,
            @NotNull @DefaultValue("500ms") Duration pollInterval,
            @NotNull @DefaultValue("60s") Duration lease,
            @NotNull @DefaultValue("24h") Duration rotationOverlap,
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("5s") Duration progressInterval) {
    }

    /**
     * Cross-origin calls from browsers (CORS). None are allowed unless listed: the API is meant for servers, and a
     * key given to a browser page is visible to whoever uses it.
     *
     * @param allowedOrigins origins whose pages may call the API, e.g. {@code https://app.example.com}, or patterns
     *        such as {@code https://*.example.com}; empty for none
     * @param maxAge how long a browser may keep a preflight's answer
     */
    public record Cors(
            @NotNull @DefaultValue List<@NotBlank String> allowedOrigins,
            @NotNull @DefaultValue(DEFAULT_CORS_MAX_AGE) Duration maxAge) {
    }

    @AssertTrue(message = "max-request-body must be at least 1 byte")
    public boolean isMaxRequestBodyPositive() {
        return maxRequestBody == null || maxRequestBody.toBytes() > 0; // null is @NotNull's to report
    }

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
