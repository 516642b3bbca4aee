package io.reelforge.gateway.webhook;

import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Decides which progress changes of a job become {@code job.progress} webhooks: at most one per job per interval,
 * and only when the percentage moved since the last one sent. The last one sent lives in Redis and is checked and
 * set in one script, so gateways that share the event stream (and a partition moving between them) agree.
 */
@Component
class ProgressThrottle {

    private static final RedisScript<Long> ADMIT = RedisScript.of("""
            local last = redis.call('HMGET', KEYS[1], 'at', 'progress')
            if last[1] and tonumber(ARGV[1]) - tonumber(last[1]) < tonumber(ARGV[3]) then return 0 end
            if last[2] and tonumber(last[2]) == tonumber(ARGV[2]) then return 0 end
            redis.call('HSET', KEYS[1], 'at', ARGV[1], 'progress', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """, Long.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final Duration interval;

    ProgressThrottle(StringRedisTemplate redis, GatewayProperties properties) {
        this.redis = redis;
        this.interval = properties.webhooks().progressInterval();
    }

    /** True when a progress webhook at {@code progress} percent may go out now (and records that it does). */
    boolean admit(String jobId, int progress, Instant now) {
        Long admitted = redis.execute(ADMIT, List.of("reelforge:job:" + jobId + ":progress-webhook"),
                String.valueOf(now.toEpochMilli()), String.valueOf(progress), String.valueOf(interval.toMillis()),
                String.valueOf(KEEP.toMillis()));
        return admitted != null && admitted == 1L;
    }
}
