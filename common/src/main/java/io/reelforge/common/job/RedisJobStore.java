package io.reelforge.common.job;

import io.reelforge.common.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs in Redis: a hash per job ({@code version}, {@code status}, {@code doc}: the job as JSON), per tenant a sorted
 * set of ids by creation time for listing and a set of its unfinished jobs for counting. Saves are compare-and-set on
 * {@code version} in a Lua script that also keeps the tenant's unfinished set in step and appends the change to
 * the job's change log (a sorted set by version), so two workers (or a worker and a cancel) can never overwrite
 * each other's change and no version goes unlogged.
 */
public class RedisJobStore implements JobStore {

    private static final String JOB_PREFIX = "reelforge:job:";
    private static final int MAX_CONFLICT_RETRIES = 50;

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[1], 'status', ARGV[2], 'doc', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('ZADD', KEYS[2], ARGV[4], ARGV[6])
            if ARGV[7] == '0' then redis.call('SADD', KEYS[3], ARGV[6]) end
            redis.call('ZADD', KEYS[4], ARGV[1], ARGV[8])
            redis.call('PEXPIRE', KEYS[4], ARGV[5])
            return 1
            """, Long.class);

    private static final RedisScript<Long> COMPARE_AND_SET = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'version')
            if current == false then return -1 end
            if current ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'status', ARGV[3], 'doc', ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            if ARGV[6] == '1' then redis.call('SREM', KEYS[2], ARGV[7]) else redis.call('SADD', KEYS[2], ARGV[7]) end
            redis.call('ZADD', KEYS[3], ARGV[2], ARGV[8])
            redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -1 - tonumber(ARGV[9]))
            redis.call('PEXPIRE', KEYS[3], ARGV[5])
            return 1
            """, Long.class);

    /** Counts the tenant's unfinished jobs, dropping ids whose record has expired meanwhile. */
    private static final RedisScript<Long> COUNT_ACTIVE = RedisScript.of("""
            local n = 0
            for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              if redis.call('EXISTS', ARGV[1] .. id) == 1 then n = n + 1 else redis.call('SREM', KEYS[1], id) end
            end
            return n
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.mapper();
    private final Duration retention;

    public RedisJobStore(StringRedisTemplate redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public void create(Job job) {
        Long created = redis.execute(CREATE,
                List.of(key(job.id()), index(job.tenant()), active(job.tenant()), changes(job.id())),
                String.valueOf(job.version()), job.status().wireName(), json.writeValueAsString(job),
                String.valueOf(job.createdAt().toEpochMilli()), String.valueOf(retention.toMillis()), job.id(),
                job.status().isFinal() ? "1" : "0", json.writeValueAsString(JobChange.of(job)));
        if (created == null || created != 1L) {
            throw new IllegalStateException("job " + job.id() + " exists already");
        }
    }

    @Override
    public Optional<Job> find(String id) {
        Object doc = redis.opsForHash().get(key(id), "doc");
        return Optional.ofNullable(doc).map(d -> json.readValue((String) d, Job.class));
    }

    @Override
    public Job update(String id, UnaryOperator<Job> change) {
        for (int tries = 0; tries < MAX_CONFLICT_RETRIES; tries++) {
            Job current = find(id).orElseThrow(() -> new JobNotFoundException(id));
            Job next = change.apply(current);
            if (next.equals(current)) {
                return current;
            }
            if (next.version() != current.version() + 1) {
                next = next.withVersion(current.version() + 1);
            }
            Long saved = redis.execute(COMPARE_AND_SET, List.of(key(id), active(current.tenant()), changes(id)),
                    String.valueOf(current.version()), String.valueOf(next.version()), next.status().wireName(),
                    json.writeValueAsString(next), String.valueOf(retention.toMillis()),
                    next.status().isFinal() ? "1" : "0", id, json.writeValueAsString(JobChange.of(next)),
                    String.valueOf(CHANGE_LOG_SIZE));
            if (saved != null && saved == 1L) {
                return next;
            }
            if (saved != null && saved == -1L) {
                throw new JobNotFoundException(id);
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("job " + id + " kept changing under " + MAX_CONFLICT_RETRIES + " attempts to save it");
    }

    @Override
    public List<Job> list(String tenant, int offset, int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(index(tenant), offset, (long) offset + limit - 1);
        List<Job> jobs = new ArrayList<>();
        if (ids == null) {
            return jobs;
        }
        for (String id : ids) {
            find(id).ifPresentOrElse(jobs::add, () -> redis.opsForZSet().remove(index(tenant), id));
        }
        return jobs;
    }

    @Override
    public long count(String tenant) {
        Long size = redis.opsForZSet().zCard(index(tenant));
        return size == null ? 0 : size;
    }

    @Override
    public long countActive(String tenant) {
        Long count = redis.execute(COUNT_ACTIVE, List.of(active(tenant)), JOB_PREFIX);
        return count == null ? 0 : count;
    }

    @Override
    public List<JobChange> changesSince(String id, long afterVersion) {
        Set<String> entries = redis.opsForZSet().rangeByScore(changes(id), afterVersion + 1, Double.POSITIVE_INFINITY);
        return entries == null ? List.of() : entries.stream().map(e -> json.readValue(e, JobChange.class)).toList();
    }

    private static String changes(String id) {
        return JOB_PREFIX + id + ":changes";
    }

    private static String key(String id) {
        return JOB_PREFIX + id;
    }

    private static String index(String tenant) {
        return "reelforge:tenant:" + tenant + ":jobs";
    }

    private static String active(String tenant) {
        return "reelforge:tenant:" + tenant + ":active";
    }
}
