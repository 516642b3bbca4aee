package io.reelforge.gateway.webhook;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.gateway.GatewayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a tenant's webhooks go and how they are signed, in Redis: per tenant a hash with the default URL, the
 * {@code whsec_} secret and, during a rotation, the previous secret and until when it still signs; a set of
 * endpoints disabled by a {@code 410 Gone}; per job the callback URL it was submitted with and the opt-in events
 * ({@code job.progress}) it asked for. A tenant's default events apply to the jobs that name none.
 */
@Component
public class WebhookEndpoints {

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration rotationOverlap;
    private final Duration jobRetention;

    public WebhookEndpoints(StringRedisTemplate redis, Clock clock, GatewayProperties properties,
            ReelforgeProperties common) {
        this.redis = redis;
        this.clock = clock;
        this.rotationOverlap = properties.webhooks().rotationOverlap();
        this.jobRetention = common.jobs().retention();
    }

    /** A tenant's webhook settings as the tenant may see them (the secret included: it needs it to verify). */
    public record Settings(@Nullable String url, List<String> events, String secret,
            @Nullable Instant previousSecretExpiresAt) {
    }

    public Settings settings(String tenant) {
        Map<Object, Object> hash = redis.opsForHash().entries(key(tenant));
        String secret = (String) hash.get("secret");
        if (secret == null) {
            secret = WebhookSignatures.newSecret();
            if (!redis.opsForHash().putIfAbsent(key(tenant), "secret", secret)) {
                return settings(tenant);
            }
        }
        String until = (String) hash.get("previousUntil");
        Instant previousUntil = until == null ? null : Instant.parse(until);
        return new Settings((String) hash.get("url"), events((String) hash.get("events")), secret,
                previousUntil != null && previousUntil.isAfter(clock.instant()) ? previousUntil : null);
    }

    /** Sets (or, with null, clears) the default URL and the opt-in events of jobs that name none. */
    public Settings setDefaults(String tenant, @Nullable String url, @Nullable List<String> events) {
        if (url == null) {
            redis.opsForHash().delete(key(tenant), "url");
        } else {
            redis.opsForHash().put(key(tenant), "url", url);
            redis.opsForSet().remove(disabledKey(tenant), url); // setting it again re-enables it
        }
        if (events == null || events.isEmpty()) {
            redis.opsForHash().delete(key(tenant), "events");
        } else {
            redis.opsForHash().put(key(tenant), "events", String.join(",", events));
        }
        return settings(tenant);
    }

    /** A new secret; the old one keeps signing (beside the new) for the rotation overlap. */
    public Settings rotate(String tenant) {
        String old = settings(tenant).secret();
        redis.opsForHash().putAll(key(tenant), Map.of("secret", WebhookSignatures.newSecret(), "previous", old,
                "previousUntil", clock.instant().plus(rotationOverlap).toString()));
        return settings(tenant);
    }

    /** The secrets that sign now: the current one, and the previous one during a rotation. */
    List<String> signingSecrets(String tenant) {
        Settings settings = settings(tenant);
        List<String> secrets = new ArrayList<>(List.of(settings.secret()));
        if (settings.previousSecretExpiresAt() != null) {
            Object previous = redis.opsForHash().get(key(tenant), "previous");
            if (previous != null) {
                secrets.add((String) previous);
            }
        }
        return secrets;
    }

    /** A job's own webhook settings; what is null falls back to the tenant's default. */
    public void setJobWebhook(String jobId, @Nullable String url, @Nullable List<String> events) {
        if (url != null) {
            redis.opsForValue().set("reelforge:job:" + jobId + ":callback", url, jobRetention);
        }
        if (events != null) { // an empty list is kept: the job asked for no opt-in events, whatever the default
            redis.opsForValue().set(jobEventsKey(jobId), String.join(",", events), jobRetention);
        }
    }

    /** Whether {@code job.progress} webhooks go out for the job: its own choice, else its tenant's default. */
    boolean wantsProgress(String jobId, String tenant) {
        String own = redis.opsForValue().get(jobEventsKey(jobId));
        return WebhookEvents.wantsProgress(events(own != null ? own : (String) redis.opsForHash().get(key(tenant),
                "events")));
    }

    /** Where a job's events go: its own callback URL, else its tenant's default. */
    Optional<String> destination(String jobId, String tenant) {
        String own = redis.opsForValue().get("reelforge:job:" + jobId + ":callback");
        return Optional.ofNullable(own != null ? own : (String) redis.opsForHash().get(key(tenant), "url"));
    }

    void disable(String tenant, String url) {
        redis.opsForSet().add(disabledKey(tenant), url);
    }

    void enable(String tenant, String url) {
        redis.opsForSet().remove(disabledKey(tenant), url);
    }

    boolean isDisabled(String tenant, String url) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(disabledKey(tenant), url));
    }

    private static List<String> events(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static String jobEventsKey(String jobId) {
        return "reelforge:job:" + jobId + ":webhook-events";
    }

    private static String key(String tenant) {
        return "reelforge:tenant:" + tenant + ":webhook";
    }

    private static String disabledKey(String tenant) {
        return "reelforge:tenant:" + tenant + ":webhook-disabled";
    }
}
