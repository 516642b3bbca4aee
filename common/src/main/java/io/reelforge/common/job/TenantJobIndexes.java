package io.reelforge.common.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A tenant's lists of jobs in Redis and how {@link RedisJobStore} pages through them: all its jobs
 * ({@code reelforge:tenant:<t>:jobs}), and the same per state as clients see it ({@code :jobs:state:<state>}) and
 * per kind ({@code :jobs:kind:<kind>}), each a sorted set of ids scored by creation time. The store's create and
 * compare-and-set scripts keep them (a save moves the job from its old state's set to its new one's), so a filtered
 * listing reads indexes instead of every job: a page of one state or kind is one {@code ZREVRANGE} and its total
 * one {@code ZCARD}, however many thousand jobs the tenant has; state and kind together walk the smaller of the two
 * sets once.
 *
 * <p>The sets are only as right as what wrote them, so a listing checks each job it reads: one saved before these
 * sets existed is indexed on the tenant's first filtered listing ({@link #indexOnce}); one found under a state it has
 * left (saved by a process of an older version) is moved; one whose record expired is dropped from the sets the
 * listing read. The oldest few entries of each set read are checked every time too, so the sets shrink as jobs
 * expire (oldest first) even where nobody pages that far. Such a page may come back a job short until the next.
 */
final class TenantJobIndexes {

    /**
     * A page of one sorted set (KEYS[1]), newest first, or of the ids in both KEYS[1] and KEYS[2] (walking the smaller,
     * in chunks, checking each id in the other): the total first, then the ids. The oldest entries of each set are
     * checked first and dropped when their job's record has expired.
     */
    private static final RedisScript<List> LIST = RedisScript.of("""
            for _, key in ipairs(KEYS) do
              for _, id in ipairs(redis.call('ZRANGE', key, 0, tonumber(ARGV[4]) - 1)) do
                if redis.call('EXISTS', ARGV[3] .. id) == 0 then redis.call('ZREM', key, id) end
              end
            end
            local offset, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
            if #KEYS == 1 then
              local page = redis.call('ZREVRANGE', KEYS[1], offset, offset + limit - 1)
              table.insert(page, 1, tostring(redis.call('ZCARD', KEYS[1])))
              return page
            end
            local walk, other = KEYS[1], KEYS[2]
            if redis.call('ZCARD', walk) > redis.call('ZCARD', other) then walk, other = other, walk end
            local page, matched, from, chunk = {}, 0, 0, {}
            repeat
              chunk = redis.call('ZREVRANGE', walk, from, from + 499)
              for _, id in ipairs(chunk) do
                if redis.call('ZSCORE', other, id) then
                  if matched >= offset and #page < limit then page[#page + 1] = id end
                  matched = matched + 1
                end
              end
              from = from + 500
            until #chunk < 500
            table.insert(page, 1, tostring(matched))
            return page
            """, List.class);

    /**
     * Puts a job into its state's and its kind's sets (KEYS[2], KEYS[3]), out of the set it was wrongly found in
     * (KEYS[4], if given), only if the job is still at the version read: a save since then has indexed it itself.
     */
    private static final RedisScript<Long> INDEX = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
            if KEYS[4] then redis.call('ZREM', KEYS[4], ARGV[3]) end
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
            redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
            return 1
            """, Long.class);

    /** Entries at the old end of each set read that a listing checks for expired jobs. */
    private static final int EXPIRED_CHECKS = 3;
    private static final int INDEXING_CHUNK = 500;

    private final StringRedisTemplate redis;
    private final Function<String, Optional<Job>> jobs;

    /** @param jobs reads a job by id, as the store does */
    TenantJobIndexes(StringRedisTemplate redis, Function<String, Optional<Job>> jobs) {
        this.redis = redis;
        this.jobs = jobs;
    }

    /** Every job of the tenant. */
    static String all(String tenant) {
        return "reelforge:tenant:" + tenant + ":jobs";
    }

    static String state(String tenant, JobStatus state) {
        return all(tenant) + ":state:" + state.wireName();
    }

    static String kind(String tenant, JobKind kind) {
        return all(tenant) + ":kind:" + kind.wireName();
    }

    JobListing list(String tenant, JobFilter filter, int offset, int limit) {
        if (!filter.isAll()) {
            indexOnce(tenant);
        }
        List<String> sets = new ArrayList<>(2);
        if (filter.state() != null) {
            sets.add(state(tenant, filter.state()));
        }
        if (filter.kind() != null) {
            sets.add(kind(tenant, filter.kind()));
        }
        if (sets.isEmpty()) {
            sets.add(all(tenant));
        }
        List<?> answer = redis.execute(LIST, sets, String.valueOf(offset), String.valueOf(limit),
                RedisJobStore.JOB_PREFIX, String.valueOf(EXPIRED_CHECKS));
        if (answer == null || answer.isEmpty()) {
            return new JobListing(List.of(), 0);
        }
        long total = Long.parseLong(String.valueOf(answer.getFirst()));
        List<Job> page = new ArrayList<>();
        for (Object entry : answer.subList(1, answer.size())) {
            String id = String.valueOf(entry);
            Optional<Job> job = jobs.apply(id);
            if (job.isEmpty()) {
                List<String> stale = new ArrayList<>(sets);
                stale.add(all(tenant));
                stale.stream().distinct().forEach(set -> redis.opsForZSet().remove(set, id));
                total--;
            } else if (filter.matches(job.get())) {
                page.add(job.get());
            } else {
                index(job.get(), filter.state() == null ? null : state(tenant, filter.state()));
                total--;
            }
        }
        return new JobListing(page, Math.max(total, (long) offset + page.size()));
    }

    /**
     * Indexes the tenant's jobs saved before the state and kind sets existed, the first time the tenant's jobs are
     * listed by state or kind: each job is indexed only if it has not been saved since it was read (a save indexes
     * it). Two gateways doing it at once do the same thing twice.
     */
    private void indexOnce(String tenant) {
        String marker = all(tenant) + ":indexed";
        if (Boolean.TRUE.equals(redis.hasKey(marker))) {
            return;
        }
        for (long from = 0; ; from += INDEXING_CHUNK) {
            Set<String> ids = redis.opsForZSet().range(all(tenant), from, from + INDEXING_CHUNK - 1);
            if (ids == null || ids.isEmpty()) {
                break;
            }
            ids.forEach(id -> jobs.apply(id).ifPresent(job -> index(job, null)));
        }
        redis.opsForValue().set(marker, "1");
    }

    private void index(Job job, @Nullable String wrongSet) {
        List<String> keys = new ArrayList<>(List.of(RedisJobStore.JOB_PREFIX + job.id(),
                state(job.tenant(), job.visibleStatus()), kind(job.tenant(), job.kind())));
        if (wrongSet != null) {
            keys.add(wrongSet);
        }
        redis.execute(INDEX, keys, String.valueOf(job.version()), String.valueOf(job.createdAt().toEpochMilli()),
                job.id());
    }
}
