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
 * Jobs in Redis: a hash per job ({@code version}, {@code status}, {@code doc}: the job as JSON) and a sorted set of
 * ids by creation time for listing. Saves are compare-and-set on {@code version} in a Lua script, so two workers
 * (or a worker and a cancel) can never overwrite each other's change.
 */
public class RedisJobStore implements JobStore {

    private static final String INDEX = "reelforge:jobs";
    private static final int MAX_CONFLICT_RETRIES = 50;

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[1], 'status', ARGV[2], 'doc', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('ZADD', KEYS[2], ARGV[4], ARGV[6])
            return 1
            """, Long.class);

    private static final RedisScript<Long> COMPARE_AND_SET = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'version')
            if current == false then return -1 end
            if current ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'status', ARGV[3], 'doc', ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1
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
        Long created = redis.execute(CREATE, List.of(key(job.id()), INDEX), String.valueOf(job.version()),
                job.status().wireName(), json.writeValueAsString(job), String.valueOf(job.createdAt().toEpochMilli()),
                String.valueOf(retention.toMillis()), job.id());
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
                next = withVersion(next, current.version() + 1);
            }
            Long saved = redis.execute(COMPARE_AND_SET, List.of(key(id)), String.valueOf(current.version()),
                    String.valueOf(next.version()), next.status().wireName(), json.writeValueAsString(next),
                    String.valueOf(retention.toMillis()));
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
    public List<Job> list(int offset, int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(INDEX, offset, (long) offset + limit - 1);
        List<Job> jobs = new ArrayList<>();
        if (ids == null) {
            return jobs;
        }
        for (String id : ids) {
            find(id).ifPresentOrElse(jobs::add, () -> redis.opsForZSet().remove(INDEX, id));
        }
        return jobs;
    }

    @Override
    public long count() {
        Long size = redis.opsForZSet().zCard(INDEX);
        return size == null ? 0 : size;
    }

    private static String key(String id) {
        return "reelforge:job:" + id;
    }

    private static Job withVersion(Job j, long version) {
        return new Job(j.id(), j.kind(), j.tenant(), j.status(), version, j.progress(), j.request(), j.results(),
                j.history(), j.error(), j.createdAt(), j.updatedAt());
    }
}
