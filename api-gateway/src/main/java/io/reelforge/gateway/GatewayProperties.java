package io.reelforge.gateway;

import io.reelforge.gateway.feed.FeedLimits;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
 * @param availability how the gateway answers while Redis or Kafka is unavailable
 * @param scriptLanguages the languages the script writer writes, as primary subtags ({@code en} covers
 *        {@code en-GB}); {@code *} for any; {@code auto} for any when a language model is configured
 *        ({@code OPENAI_API_KEY}), else the offline writer's {@code de, en, es, fr}. A script in another language is
 *        refused at submit
 * @param gaugeRefresh how often the gauges that ask Kafka or Redis (consumer lag, batch backlog) are refreshed:
 *        Prometheus usually scrapes every 15 to 60 seconds, so fresher values would never be read
 * @param images how the gateway fetches a job's product images and the brand logo for the console
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
        @Valid @NotNull @DefaultValue Cors cors,
        @Valid @NotNull @DefaultValue Availability availability,
        @Valid @NotNull @DefaultValue Batches batches,
        @NotEmpty @DefaultValue(DEFAULT_SCRIPT_LANGUAGES)
        List<@NotNull @Pattern(regexp = SCRIPT_LANGUAGE, message = SCRIPT_LANGUAGE_MESSAGE) String> scriptLanguages,
        @NotNull @DefaultValue("15s") Duration gaugeRefresh,
        @Valid @NotNull @DefaultValue Images images) {

    public static final String DEFAULT_RETRY_AFTER = "2s";
    public static final String DEFAULT_PAGE_SIZE = "20";
    public static final String MAX_PAGE_SIZE = "100";
    /** Far above any real request (a product with its script is a few kilobytes), far below a memory problem. */
    public static final String DEFAULT_MAX_REQUEST_BODY = "1MB";
    public static final String DEFAULT_CORS_MAX_AGE = "30m";
    public static final String DEFAULT_SCRIPT_LANGUAGES = "auto";
    static final String SCRIPT_LANGUAGE = "auto|\\*|[A-Za-z]{2,3}";
    static final String SCRIPT_LANGUAGE_MESSAGE = "must be auto, * or a language subtag such as en";

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
    /**
     * @param maxInFlight how many bulk jobs may be unfinished at once, across every batch and tenant: items wait in
     *        their batch, not in Kafka, until a place frees. Enough to keep every media worker busy while the next
     *        items are scraped and written (a few per media worker), few enough that a canceled batch costs little
     * @param tick how often the dispatcher settles finished bulk jobs and releases waiting items
     * @param lockTicks how many ticks the dispatcher's lock outlives its holder: the pause before another gateway
     *        takes over dispatching from one that died
     * @param feeds how much of a batch is read: its items (in the request or a feed) and its bytes (a request, an
     *        uploaded feed or a fetched one), and how long fetching a feed may take
     */
    public record Batches(
            @Min(1) @DefaultValue("8") int maxInFlight,
            @NotNull @DefaultValue("500ms") Duration tick,
            @Min(2) @DefaultValue("10") int lockTicks,
            @Valid @NotNull @DefaultValue FeedLimits feeds) {

        public static Batches defaults() {
            return new Batches(8, Duration.ofMillis(500), 10, new FeedLimits(Integer.parseInt(
                    FeedLimits.DEFAULT_MAX_ITEMS), DataSize.parse(FeedLimits.DEFAULT_MAX_BYTES),
                    Duration.parse("PT" + FeedLimits.DEFAULT_FETCH_TIMEOUT.toUpperCase(java.util.Locale.ROOT))));
        }
    }

    /**
     * The product images and brand logos the gateway fetches for the console (whose page may show only its own
     * images), with the shared fetch policy.
     *
     * @param maxBytes the largest image fetched; a product photo is rarely over 2 MB
     * @param timeout how long one fetch may take in all: a viewer is waiting
     * @param cacheSize how many bytes of recently fetched images are kept in memory, so a job's screen drawn again
     *        (each stage, the script editor) does not fetch them again; 0 for no cache
     * @param cacheTtl how long a kept image is served before it is fetched again
     * @param maxAge how long the viewer's browser may keep an image ({@code Cache-Control: private})
     */
    public record Images(
            @NotNull @DefaultValue("10MB") DataSize maxBytes,
            @NotNull @DefaultValue("10s") Duration timeout,
            @NotNull @DefaultValue("16MB") DataSize cacheSize,
            @NotNull @DefaultValue("5m") Duration cacheTtl,
            @NotNull @DefaultValue("10m") Duration maxAge) {

        public static Images defaults() {
            return new Images(DataSize.ofMegabytes(10), Duration.ofSeconds(10), DataSize.ofMegabytes(16),
                    Duration.ofMinutes(5), Duration.ofMinutes(10));
        }

        @AssertTrue(message = "max-bytes must be at least 1 KB")
        public boolean isMaxBytesUsable() {
            return maxBytes == null || maxBytes.toBytes() >= 1024; // null is @NotNull's to report
        }
    }

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
            List<Duration> schedule,
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

    /**
     * Failing fast when a dependency is down: a client that gets {@code 503} at once can retry; one that waits on a
     * dead connection gives up, and its request may still be carried out later. The Redis and Kafka client timeouts
     * themselves are Spring Boot's settings ({@code spring.data.redis.timeout}, {@code connect-timeout},
     * {@code spring.kafka.producer.properties.*}) in {@code api-gateway.yml}.
     *
     * @param retryAfter the {@code Retry-After} of a {@code 503} answered because Redis or Kafka is unavailable
     * @param healthTimeout how long the health check waits for the Kafka broker before saying it is down
     * @param redisReconnectDelay the longest wait between two attempts to reconnect to Redis, so the gateway is back
     *        soon after Redis is (Lettuce's own back-off grows to 30 s)
     * @param kafkaProbeInterval after Kafka refused a job, further submits are refused at once, but for one per
     *        interval that tries Kafka again
     */
    public record Availability(
            @NotNull @DefaultValue(DEFAULT_UNAVAILABLE_RETRY_AFTER) Duration retryAfter,
            @NotNull @DefaultValue(DEFAULT_HEALTH_TIMEOUT) Duration healthTimeout,
            @NotNull @DefaultValue(DEFAULT_REDIS_RECONNECT_DELAY) Duration redisReconnectDelay,
            @NotNull @DefaultValue(DEFAULT_KAFKA_PROBE_INTERVAL) Duration kafkaProbeInterval) {

        public static final String DEFAULT_UNAVAILABLE_RETRY_AFTER = "5s";
        public static final String DEFAULT_HEALTH_TIMEOUT = "800ms";
        public static final String DEFAULT_REDIS_RECONNECT_DELAY = "1s";
        public static final String DEFAULT_KAFKA_PROBE_INTERVAL = "1s";

        /** {@code Retry-After} in whole seconds, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds());
        }
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
