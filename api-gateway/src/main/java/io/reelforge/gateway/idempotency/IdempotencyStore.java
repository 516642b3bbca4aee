package io.reelforge.gateway.idempotency;

import io.reelforge.gateway.GatewayProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in Redis, shared by every gateway instance. The first request takes the key with
 * {@code SET NX} and an in-flight marker that expires soon (a gateway that dies mid-request does not block the key
 * for a day); when its job exists the key records the job id for the configured lifetime. Values are
 * {@code pending <fingerprint>} or {@code done <fingerprint> <job id>}; keys are per tenant and hashed, so a
 * client's key string never reaches Redis as such.
 */
@Component
public class IdempotencyStore {

    private static final int MAX_CLAIM_TRIES = 5;

    private final StringRedisTemplate redis;
    private final Duration lifetime;
    private final Duration inFlightTimeout;

    IdempotencyStore(StringRedisTemplate redis, GatewayProperties properties) {
        this.redis = redis;
        this.lifetime = properties.idempotency().lifetime();
        this.inFlightTimeout = properties.idempotency().inFlightTimeout();
    }

    /**
     * Takes the key for a new request, or names the job an earlier identical request created.
     *
     * @return empty when this request is the first and must do the work; the job id of the original otherwise
     * @throws IdempotencyKeyInUseException when the original is still being handled
     * @throws IdempotencyKeyReusedException when the key was used with another request
     */
    Optional<String> claim(String tenant, String key, String fingerprint) {
        String redisKey = redisKey(tenant, key);
        for (int tries = 0; tries < MAX_CLAIM_TRIES; tries++) {
            Boolean taken = redis.opsForValue().setIfAbsent(redisKey, "pending " + fingerprint, inFlightTimeout);
            if (Boolean.TRUE.equals(taken)) {
                return Optional.empty();
            }
            String value = redis.opsForValue().get(redisKey);
            if (value == null) {
                continue; // expired or released between the two calls: try to take it again
            }
            String[] parts = value.split(" ");
            if (!parts[1].equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            if (parts[0].equals("pending")) {
                throw new IdempotencyKeyInUseException();
            }
            return Optional.of(parts[2]);
        }
        throw new IdempotencyKeyInUseException();
    }

    /** Records the job the request created; replays answer with it until the key expires. */
    void complete(String tenant, String key, String fingerprint, String jobId) {
        redis.opsForValue().set(redisKey(tenant, key), "done " + fingerprint + " " + jobId, lifetime);
    }

    /** Frees the key after a request that created nothing, so the client can send it again. */
    void release(String tenant, String key) {
        redis.delete(redisKey(tenant, key));
    }

    private static String redisKey(String tenant, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "reelforge:idempotency:" + tenant + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
