package io.reelforge.gateway.limit;

import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.GatewayProperties;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Keeps one tenant's flood from stalling the others: a cap on its unfinished jobs, and a token bucket on job
 * creation. The bucket lives in Redis and is updated by one Lua script with Redis's own clock, so every gateway
 * instance draws from the same bucket and clock skew between them does not matter. The cap is checked before the
 * job is created, so concurrent submits may pass it by a few: it protects the queue, not an exact count.
 */
@Component
public class SubmissionLimits {

    /** Returns {allowed 0/1, milliseconds until a token is free}. */
    private static final RedisScript<List> TAKE_TOKEN = RedisScript.of("""
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) / per_ms)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
            return {allowed, wait}
            """, List.class);

    private final StringRedisTemplate redis;
    private final JobStore jobs;
    private final GatewayProperties.Limits limits;

    public SubmissionLimits(StringRedisTemplate redis, JobStore jobs, GatewayProperties properties) {
        this.redis = redis;
        this.jobs = jobs;
        this.limits = properties.limits();
    }

    /**
     * @throws QueueFullException when the tenant has its maximum of unfinished jobs
     * @throws RateLimitedException when the tenant's bucket is empty
     */
    public void admit(String tenant) {
        if (jobs.countActive(tenant) >= limits.maxQueuedJobs()) {
            throw new QueueFullException(limits.maxQueuedJobs());
        }
        double perMs = limits.jobsPerMinute() / 60_000.0;
        List<?> result = redis.execute(TAKE_TOKEN, List.of("reelforge:tenant:" + tenant + ":job-bucket"),
                String.valueOf(limits.burst()), String.valueOf(perMs));
        if (result == null || ((Number) result.get(0)).longValue() != 1L) {
            long waitMs = result == null ? 1000 : ((Number) result.get(1)).longValue();
            throw new RateLimitedException(Math.max(1, (waitMs + 999) / 1000));
        }
    }
}
