package io.reelforge.gateway.webhook;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliveries in Redis, so none is lost when a gateway stops: the delivery as JSON, the list of a job's deliveries,
 * and one sorted set of pending deliveries by the time of their next attempt. A gateway takes due deliveries with a
 * lease (their time moves forward by it in the same script), so two instances never send the same attempt, and one
 * that dies mid-attempt hands the delivery back when the lease runs out.
 */
@Component
public class DeliveryStore {

    private static final String DUE = "reelforge:webhooks:due";

    private static final RedisScript<List> CLAIM_DUE = RedisScript.of("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
            for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[2], id) end
            return ids
            """, List.class);

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

    private static String jobKey(String jobId) {
        return "reelforge:job:" + jobId + ":deliveries";
    }
}
