package io.reelforge.common.job;

import io.reelforge.common.json.Json;
import java.time.Duration;
import java.time.Instant;
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
 * each other's change and no version goes unlogged. The same scripts keep the tenant's lists by state and by kind
 * in step ({@link TenantJobIndexes}, which pages through them).
 *
 * <p>Leases live beside the jobs: a job a worker holds has a {@code lease} field naming its holder and an entry in
 * one sorted set scored by the lease's expiry, both written by the same compare-and-set that saves the job, so a
 * claimed job always has a lease and a finished one never does; the watchdog reads the set's expired end.
 */
public class RedisJobStore implements JobStore {

    static final String JOB_PREFIX = "reelforge:job:";
    private static final int MAX_CONFLICT_RETRIES = 50;

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[1], 'status', ARGV[2], 'doc', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('ZADD', KEYS[2], ARGV[4], ARGV[6])
            if ARGV[7] == '0' then redis.call('SADD', KEYS[3], ARGV[6]) end
            redis.call('ZADD', KEYS[4], ARGV[1], ARGV[8])
            redis.call('PEXPIRE', KEYS[4], ARGV[5])
            redis.call('ZADD', KEYS[5], ARGV[4], ARGV[6])
            redis.call('ZADD', KEYS[6], ARGV[4], ARGV[6])
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
            if ARGV[10] == '' then
              redis.call('HDEL', KEYS[1], 'lease')
              redis.call('ZREM', KEYS[4], ARGV[7])
            else
              redis.call('HSET', KEYS[1], 'lease', ARGV[10])
              redis.call('ZADD', KEYS[4], ARGV[11], ARGV[7])
            end
            if KEYS[5] ~= KEYS[6] then redis.call('ZREM', KEYS[5], ARGV[7]) end
            redis.call('ZADD', KEYS[6], ARGV[12], ARGV[7])
            redis.call('ZADD', KEYS[7], ARGV[12], ARGV[7])
            return 1
            """, Long.class);

    /** Extends a lease, only for its holder: a worker whose run was taken over cannot extend the new one's. */
    private static final RedisScript<Long> RENEW_LEASE = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
            redis.call('ZADD', KEYS[2], 'XX', ARGV[2], ARGV[3])
            return 1
            """, Long.class);

    /**
     * Counts the tenant's unfinished jobs in constant time (it runs on every submit): saves keep the set exact, and
     * ids whose record expired while unfinished are dropped a few at a time, checked at random on each count.
     */
    private static final RedisScript<Long> COUNT_ACTIVE = RedisScript.of("""
            for _, id in ipairs(redis.call('SRANDMEMBER', KEYS[1], 3)) do
              if redis.call('EXISTS', ARGV[1] .. id) == 0 then redis.call('SREM', KEYS[1], id) end
            end
            return redis.call('SCARD', KEYS[1])
            """, Long.class);

    private static final String LEASES = "reelforge:leases";

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.mapper();
    private final Duration retention;
    private final Duration lease;
    private final TenantJobIndexes indexes;

    public RedisJobStore(StringRedisTemplate redis, Duration retention) {
        this(redis, retention, DEFAULT_LEASE);
    }

    /**
     * @param lease how long a claim holds without a renewal: every save of a job a worker holds (its claim, its
     *        progress) extends the lease to the save's time plus this
     */
    public RedisJobStore(StringRedisTemplate redis, Duration retention, Duration lease) {
        this.redis = redis;
        this.retention = retention;
        this.lease = lease;
        this.indexes = new TenantJobIndexes(redis, this::find);
    }

    @Override
    public void create(Job job) {
        Long created = redis.execute(CREATE,
                List.of(key(job.id()), TenantJobIndexes.all(job.tenant()), active(job.tenant()), changes(job.id()),
                        TenantJobIndexes.state(job.tenant(), job.visibleStatus()),
                        TenantJobIndexes.kind(job.tenant(), job.kind())),
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
    public JobUpdate update(String id, UnaryOperator<Job> change) {
        for (int tries = 0; tries < MAX_CONFLICT_RETRIES; tries++) {
            Job current = find(id).orElseThrow(() -> new JobNotFoundException(id));
            Job changed = change.apply(current);
            if (changed.equals(current)) {
                return new JobUpdate(current, false);
            }
            // the version is the store's alone: the save it numbers is the compare-and-set below
            Job next = changed.withVersion(current.version() + 1);
            String holder = next.leaseHolder();
            // the version compared is the one read, so the state read is the one the job is indexed under
            Long saved = redis.execute(COMPARE_AND_SET, List.of(key(id), active(current.tenant()), changes(id), LEASES,
                            TenantJobIndexes.state(current.tenant(), current.visibleStatus()),
                            TenantJobIndexes.state(next.tenant(), next.visibleStatus()),
                            TenantJobIndexes.kind(next.tenant(), next.kind())),
                    String.valueOf(current.version()), String.valueOf(next.version()), next.status().wireName(),
                    json.writeValueAsString(next), String.valueOf(retention.toMillis()),
                    next.status().isFinal() ? "1" : "0", id, json.writeValueAsString(JobChange.of(next)),
                    String.valueOf(CHANGE_LOG_SIZE), holder == null ? "" : holder,
                    String.valueOf(next.updatedAt().plus(lease).toEpochMilli()),
                    String.valueOf(next.createdAt().toEpochMilli()));
            if (saved != null && saved == 1L) {
                return new JobUpdate(next, true);
            }
            if (saved != null && saved == -1L) {
                throw new JobNotFoundException(id);
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("job " + id + " kept changing under " + MAX_CONFLICT_RETRIES + " attempts to save it");
    }


    @Override
    public JobListing list(String tenant, JobFilter filter, int offset, int limit) {
        return indexes.list(tenant, filter, offset, limit);
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

    @Override
    public boolean renewLease(String id, String holder, Instant until) {
        Long renewed = redis.execute(RENEW_LEASE, List.of(key(id), LEASES), holder,
                String.valueOf(until.toEpochMilli()), id);
        return renewed != null && renewed == 1L;
    }

    @Override
    public Optional<Instant> leaseExpiry(String id) {
        Double score = redis.opsForZSet().score(LEASES, id);
        return Optional.ofNullable(score).map(s -> Instant.ofEpochMilli(s.longValue()));
    }

    @Override
    public List<String> expiredLeases(Instant now, int limit) {
        Set<String> ids = redis.opsForZSet().rangeByScore(LEASES, Double.NEGATIVE_INFINITY, now.toEpochMilli(), 0, limit);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    @Override
    public void forgetLease(String id) {
        redis.opsForZSet().remove(LEASES, id);
    }

    private static String changes(String id) {
        return JOB_PREFIX + id + ":changes";
    }

    private static String key(String id) {
        return JOB_PREFIX + id;
    }

    private static String active(String tenant) {
        return "reelforge:tenant:" + tenant + ":active";
    }
}
