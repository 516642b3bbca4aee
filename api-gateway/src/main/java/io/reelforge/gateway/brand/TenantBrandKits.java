package io.reelforge.gateway.brand;

import io.reelforge.common.job.BrandKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Each tenant's brand kit, in Redis as a hash beside the tenant's other settings
 * ({@code reelforge:tenant:<tenant>:brand}: {@code logoUrl}, {@code primaryColor}, {@code accentColor},
 * {@code font}, only the fields set). A kit is replaced whole, in one script, so a job submitted meanwhile sees the
 * old kit or the new one, never half of each.
 */
@Component
public class TenantBrandKits {

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            if #ARGV > 0 then redis.call('HSET', KEYS[1], unpack(ARGV)) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    TenantBrandKits(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Optional<BrandKit> find(String tenant) {
        Map<Object, Object> hash = redis.opsForHash().entries(key(tenant));
        BrandKit kit = new BrandKit((String) hash.get("logoUrl"), (String) hash.get("primaryColor"),
                (String) hash.get("accentColor"), (String) hash.get("font"));
        return kit.isEmpty() ? Optional.empty() : Optional.of(kit);
    }

    /** Replaces the tenant's kit; an empty kit removes it. */
    public void replace(String tenant, BrandKit kit) {
        List<String> fields = new ArrayList<>();
        add(fields, "logoUrl", kit.logoUrl());
        add(fields, "primaryColor", kit.primaryColor());
        add(fields, "accentColor", kit.accentColor());
        add(fields, "font", kit.font());
        redis.execute(REPLACE, List.of(key(tenant)), fields.toArray());
    }

    /** @return whether the tenant had a kit */
    public boolean delete(String tenant) {
        return Boolean.TRUE.equals(redis.delete(key(tenant)));
    }

    private static void add(List<String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.add(name);
            fields.add(value);
        }
    }

    private static String key(String tenant) {
        return "reelforge:tenant:" + tenant + ":brand";
    }
}
