package io.reelforge.common.schedule;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One instance's turn at work that every instance schedules but only one should do per interval (the watchdog's
 * sweep, the artifact retention): a Redis key that lasts one interval. Whoever sets it has the turn; when that
 * instance dies, the key runs out and another takes the next turn.
 */
public final class IntervalTurn {

    private final StringRedisTemplate redis;
    private final String key;
    private final String instance;
    private final Duration interval;

    public IntervalTurn(StringRedisTemplate redis, String key, String instance, Duration interval) {
        this.redis = redis;
        this.key = key;
        this.instance = instance;
        this.interval = interval;
    }

    /** Whether this instance has the turn: no instance has taken it within the interval. */
    public boolean take() {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, instance, interval));
    }
}
