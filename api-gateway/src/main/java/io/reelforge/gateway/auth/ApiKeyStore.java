package io.reelforge.gateway.auth;

import io.reelforge.common.json.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys in Redis, by the SHA-256 of the key ({@code reelforge:apikey:<hash>}, the lookup on every request) and
 * by id ({@code reelforge:apikeys}: id to hash, for listing and revoking). The key itself is never stored.
 */
@Component
public class ApiKeyStore {

    private static final String BY_ID = "reelforge:apikeys";
    private static final String BY_HASH = "reelforge:apikey:";

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final JsonMapper json = Json.mapper();

    public ApiKeyStore(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** A key and what is stored of it; the key is in the answer only, once. */
    public record CreatedKey(ApiKey key, String secret) {
    }

    public CreatedKey create(String tenant, @Nullable String name) {
        String secret = ApiKeySecrets.newKey();
        String id = "key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ApiKey key = new ApiKey(id, tenant, ApiKeySecrets.shownPart(secret), name, clock.instant());
        String hash = ApiKeySecrets.hash(secret);
        redis.opsForValue().set(BY_HASH + hash, json.writeValueAsString(key));
        redis.opsForHash().put(BY_ID, id, hash);
        return new CreatedKey(key, secret);
    }

    /** The key a client presented, if it exists and is not revoked. */
    public Optional<ApiKey> authenticate(String secret) {
        if (!ApiKeySecrets.looksLikeKey(secret)) {
            return Optional.empty();
        }
        String doc = redis.opsForValue().get(BY_HASH + ApiKeySecrets.hash(secret));
        return Optional.ofNullable(doc).map(d -> json.readValue(d, ApiKey.class));
    }

    /** Every key, oldest first. */
    public List<ApiKey> list() {
        List<ApiKey> keys = new ArrayList<>();
        for (Object hash : redis.opsForHash().values(BY_ID)) {
            String doc = redis.opsForValue().get(BY_HASH + hash);
            if (doc != null) {
                keys.add(json.readValue(doc, ApiKey.class));
            }
        }
        keys.sort(Comparator.comparing(ApiKey::createdAt));
        return keys;
    }

    /** Revokes a key at once; false when there is no key with this id. */
    public boolean revoke(String id) {
        Object hash = redis.opsForHash().get(BY_ID, id);
        if (hash == null) {
            return false;
        }
        redis.delete(BY_HASH + hash);
        redis.opsForHash().delete(BY_ID, id);
        return true;
    }
}
