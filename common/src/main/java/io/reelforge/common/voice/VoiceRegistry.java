package io.reelforge.common.voice;

import io.reelforge.common.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which media workers run and what each can voice, in Redis: a key per worker ({@code reelforge:voices:<worker>},
 * its {@link VoiceOffer} as JSON) that lives for a time to live and is written again before it runs out while the
 * worker runs ({@link VoiceRegistration}), and a set of the workers' ids so a reader needs no scan of the key space
 * (which holds every job). A worker that dies stops writing, its key expires, and the next read drops it from the
 * set. The gateway reads it on every submit: two round trips' worth of work in one script.
 */
public final class VoiceRegistry {

    private static final Logger log = LoggerFactory.getLogger(VoiceRegistry.class);
    static final String WORKERS = "reelforge:voices";
    static final String PREFIX = "reelforge:voices:";

    private static final RedisScript<Long> REGISTER = RedisScript.of("""
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            return 1
            """, Long.class);

    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('SREM', KEYS[2], ARGV[1])
            return 1
            """, Long.class);

    /** The offers of the workers whose key is alive; the ids of the others leave the set. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RUNNING = RedisScript.of("""
            local offers = {}
            for _, worker in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local offer = redis.call('GET', ARGV[1] .. worker)
              if offer then table.insert(offers, offer) else redis.call('SREM', KEYS[1], worker) end
            end
            return offers
            """, List.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.mapper();

    public VoiceRegistry(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Records (or renews) what the worker voices, for {@code ttl}. */
    public void register(String worker, VoiceOffer offer, Duration ttl) {
        redis.execute(REGISTER, List.of(PREFIX + worker, WORKERS), json.writeValueAsString(offer),
                String.valueOf(ttl.toMillis()), worker);
    }

    /** Forgets the worker at once, as a worker that stops cleanly does. */
    public void remove(String worker) {
        redis.execute(REMOVE, List.of(PREFIX + worker, WORKERS), worker);
    }

    /** What the workers registered now can voice; an entry that cannot be read is left out and logged. */
    public RunningVoices running() {
        List<?> entries = redis.execute(RUNNING, List.of(WORKERS), PREFIX);
        List<VoiceOffer> offers = new ArrayList<>();
        for (Object entry : entries == null ? List.of() : entries) {
            try {
                offers.add(json.readValue(String.valueOf(entry), VoiceOffer.class));
            } catch (JacksonException | IllegalArgumentException e) {
                // a newer worker's entry this reader cannot read: the others still count
                log.warn("a media worker's voice registration could not be read: {}", e.getMessage());
            }
        }
        return new RunningVoices(offers);
    }
}
