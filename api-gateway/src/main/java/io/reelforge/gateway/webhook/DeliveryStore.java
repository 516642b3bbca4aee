package io.reelforge.gateway.webhook;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliveries in Redis, so none is lost when a gateway stops: the delivery as JSON, the list of a job's deliveries,
 * the tenant's most recent deliveries across its jobs (a sorted set by creation time, cut to the newest
 * {@value #RECENT_KEPT}: what a console shows, read without visiting every job), and one sorted set of pending
 * deliveries by the time of their next attempt. A gateway takes due deliveries with a lease (their time moves
 * forward by it in the same script), so two instances never send the same attempt, and one that dies mid-attempt
 * hands the delivery back when the lease runs out.
 */
@Component
public class DeliveryStore {

    private static final String DUE = "reelforge:webhooks:due";

    private static final RedisScript<List> CLAIM_DUE = RedisScript.of("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
            for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[2], id) end
            return ids
            """, List.class);

    /** How many of a tenant's most recent deliveries are kept listed; older ones stay listed under their jobs. */
    public static final int RECENT_KEPT = 100;

    private static final RedisScript<Long> RECORD_RECENT = RedisScript.of("""
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -1 - tonumber(ARGV[3]))
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.mapper();
    private final Duration retention;

    DeliveryStore(StringRedisTemplate redis, ReelforgeProperties properties) {
        this.redis = redis;
        this.retention = properties.jobs().retention();
    }

    /** Saves a new delivery, due at once; false when one with this id exists (an event seen twice). */
    boolean create(Delivery delivery) {
        Boolean created = redis.opsForValue().setIfAbsent(key(delivery.id()), json.writeValueAsString(delivery),
                retention);
        if (!Boolean.TRUE.equals(created)) {
            return false;
        }
        redis.opsForList().rightPush(jobKey(delivery.jobId()), delivery.id());
        redis.expire(jobKey(delivery.jobId()), retention);
        redis.execute(RECORD_RECENT, List.of(tenantKey(delivery.tenant())),
                String.valueOf(delivery.createdAt().toEpochMilli()), delivery.id(), String.valueOf(RECENT_KEPT),
                String.valueOf(retention.toMillis()));
        schedule(delivery.id(), Objects.requireNonNullElse(delivery.nextAttemptAt(), delivery.createdAt()));
        return true;
    }

    Optional<Delivery> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(key(id))).map(doc -> json.readValue(doc, Delivery.class));
    }

    /** Saves the delivery and queues or unqueues it according to its state. */
    void save(Delivery delivery) {
        redis.opsForValue().set(key(delivery.id()), json.writeValueAsString(delivery), retention);
        if (delivery.state() == Delivery.State.PENDING && delivery.nextAttemptAt() != null) {
            schedule(delivery.id(), delivery.nextAttemptAt());
        } else {
            redis.opsForZSet().remove(DUE, delivery.id());
        }
    }

    List<Delivery> forJob(String jobId) {
        List<String> ids = redis.opsForList().range(jobKey(jobId), 0, -1);
        return ids == null ? List.of() : ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The tenant's most recent deliveries, newest first, at most {@code limit} (up to {@value #RECENT_KEPT}). */
    List<Delivery> recent(String tenant, int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(tenantKey(tenant), 0, limit - 1L);
        List<Delivery> recent = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            find(id).filter(d -> d.tenant().equals(tenant)).ifPresentOrElse(recent::add,
                    () -> redis.opsForZSet().remove(tenantKey(tenant), id)); // expired with its job
        }
        return recent;
    }

    /** Up to {@code max} deliveries due by {@code now}, each leased until {@code now + lease}. */
    List<String> claimDue(Instant now, Duration lease, int max) {
        List<?> ids = redis.execute(CLAIM_DUE, List.of(DUE), String.valueOf(now.toEpochMilli()),
                String.valueOf(now.plus(lease).toEpochMilli()), String.valueOf(max));
        return ids == null ? List.of() : ids.stream().map(String::valueOf).toList();
    }

    private void schedule(String id, Instant at) {
        redis.opsForZSet().add(DUE, id, at.toEpochMilli());
    }

    private static String key(String id) {
        return "reelforge:delivery:" + id;
    }

    private static String tenantKey(String tenant) {
        return "reelforge:tenant:" + tenant + ":deliveries";
    }

    private static String jobKey(String jobId) {
        return "reelforge:job:" + jobId + ":deliveries";
    }
}
