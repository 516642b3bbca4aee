package io.reelforge.gateway.batch;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisListCommands.Direction;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches in Redis. Per batch: the batch as JSON; its items, a list in order; its cursor (the next item to
 * release); the outcome of each of its finished jobs and the counts of those outcomes (kept together by one Lua
 * script, so an outcome seen twice is counted once and a retried item's old outcome is taken back); finish times,
 * for the ETA; and the items waiting to be retried. Across batches: each tenant's batches by creation time; the
 * bulk queue's rotation of tenants, and per tenant of its batches with work left; and the jobs in flight, which
 * the {@link BatchDispatcher} keeps under a bound. Every key of a batch expires with the jobs' retention.
 */
@Component
public class BatchStore {

    private static final String PREFIX = "reelforge:batch:";
    static final String TENANTS = "reelforge:bulk:tenants";
    static final String IN_FLIGHT = "reelforge:bulk:in-flight";
    private static final int PUSH_CHUNK = 500;
    private static final int FINISH_TIMES_KEPT = 200;

    /** Records a job's outcome for its batch; returns 1 when it changed the counts. */
    private static final RedisScript<Long> RECORD_OUTCOME = RedisScript.of("""
            local old = redis.call('HGET', KEYS[1], ARGV[1])
            if old == ARGV[2] then return 0 end
            local copies = tonumber(ARGV[3])
            if old then redis.call('HINCRBY', KEYS[2], old, -copies) end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HINCRBY', KEYS[2], ARGV[2], copies)
            redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
            redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -1 - tonumber(ARGV[5]))
            return 1
            """, Long.class);

    /** Takes back a job's outcome (its item is being retried). */
    private static final RedisScript<Long> REOPEN = RedisScript.of("""
            local old = redis.call('HGET', KEYS[1], ARGV[1])
            if not old then return 0 end
            redis.call('HINCRBY', KEYS[2], old, -tonumber(ARGV[2]))
            redis.call('HDEL', KEYS[1], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.mapper();
    private final Duration retention;

    BatchStore(StringRedisTemplate redis, ReelforgeProperties properties) {
        this.redis = redis;
        this.retention = properties.jobs().retention();
    }

    /** Saves a new batch and its items, and puts it in its tenant's turn of the bulk queue. */
    void create(Batch batch, List<BatchItem> items) {
        String list = itemsKey(batch.id());
        for (int from = 0; from < items.size(); from += PUSH_CHUNK) {
            List<BatchItem> chunk = items.subList(from, Math.min(items.size(), from + PUSH_CHUNK));
            // one RPUSH per chunk: a 10,000-item batch is saved in 20 round trips
            redis.opsForList().rightPushAll(list, chunk.stream().map(json::writeValueAsString).toList());
        }
        redis.expire(list, retention);
        redis.opsForHash().put(stateKey(batch.id()), "cursor", "0");
        redis.expire(stateKey(batch.id()), retention);
        save(batch);
        redis.opsForZSet().add(tenantBatchesKey(batch.tenant()), batch.id(), batch.createdAt().toEpochMilli());
        redis.expire(tenantBatchesKey(batch.tenant()), retention);
        if (batch.toMake() > 0) {
            enqueue(batch);
        }
    }

    void save(Batch batch) {
        redis.opsForValue().set(key(batch.id()), json.writeValueAsString(batch), retention);
    }

    Optional<Batch> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(key(id))).map(doc -> json.readValue(doc, Batch.class));
    }

    /** The tenant's batches, newest first; one whose record has expired leaves the tenant's list. */
    List<Batch> page(String tenant, int offset, int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(tenantBatchesKey(tenant), offset, (long) offset + limit - 1);
        List<Batch> page = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            find(id).filter(batch -> batch.tenant().equals(tenant)).ifPresentOrElse(page::add,
                    () -> redis.opsForZSet().remove(tenantBatchesKey(tenant), id));
        }
        return page;
    }

    long count(String tenant) {
        Long count = redis.opsForZSet().zCard(tenantBatchesKey(tenant));
        return count == null ? 0 : count;
    }

    List<BatchItem> items(String batchId, int from, int count) {
        List<String> docs = redis.opsForList().range(itemsKey(batchId), from, (long) from + count - 1);
        return docs == null ? List.of() : docs.stream().map(d -> json.readValue(d, BatchItem.class)).toList();
    }

    Optional<BatchItem> item(String batchId, int index) {
        return Optional.ofNullable(redis.opsForList().index(itemsKey(batchId), index))
                .map(d -> json.readValue(d, BatchItem.class));
    }

    void saveItem(String batchId, BatchItem item) {
        redis.opsForList().set(itemsKey(batchId), item.index(), json.writeValueAsString(item));
    }

    int cursor(String batchId) {
        Object cursor = redis.opsForHash().get(stateKey(batchId), "cursor");
        return cursor == null ? 0 : Integer.parseInt((String) cursor);
    }

    void advanceCursor(String batchId, int next) {
        redis.opsForHash().put(stateKey(batchId), "cursor", String.valueOf(next));
    }

    /** Items released so far, counted with their duplicates. */
    long released(String batchId) {
        Object released = redis.opsForHash().get(stateKey(batchId), "released");
        return released == null ? 0 : Long.parseLong((String) released);
    }

    void countReleased(String batchId, int copies) {
        redis.opsForHash().increment(stateKey(batchId), "released", copies);
    }

    /** Items waiting to be retried, by index, oldest request first. */
    void queueRetries(String batchId, List<Integer> indexes) {
        if (!indexes.isEmpty()) {
            redis.opsForList().rightPushAll(retriesKey(batchId), indexes.stream().map(String::valueOf).toList());
            redis.expire(retriesKey(batchId), retention);
        }
    }

    @Nullable Integer nextRetry(String batchId) {
        String index = redis.opsForList().leftPop(retriesKey(batchId));
        return index == null ? null : Integer.valueOf(index);
    }

    long retriesWaiting(String batchId) {
        Long size = redis.opsForList().size(retriesKey(batchId));
        return size == null ? 0 : size;
    }

    void dropRetries(String batchId) {
        redis.delete(retriesKey(batchId));
    }

    /** Records what became of a job of the batch: {@code succeeded}, {@code canceled} or {@code failed:<code>}. */
    boolean recordOutcome(String batchId, String jobId, String outcome, int copies, Instant at) {
        Long changed = redis.execute(RECORD_OUTCOME, List.of(finalsKey(batchId), countsKey(batchId), finishTimesKey(batchId)),
                jobId, outcome, String.valueOf(copies), String.valueOf(at.toEpochMilli()),
                String.valueOf(FINISH_TIMES_KEPT));
        redis.expire(finalsKey(batchId), retention);
        redis.expire(countsKey(batchId), retention);
        redis.expire(finishTimesKey(batchId), retention);
        return changed != null && changed == 1L;
    }

    void reopen(String batchId, String jobId, int copies) {
        redis.execute(REOPEN, List.of(finalsKey(batchId), countsKey(batchId)), jobId, String.valueOf(copies));
    }

    /** The outcome recorded for each finished job of the batch. */
    Map<String, String> outcomes(String batchId) {
        Map<Object, Object> entries = redis.opsForHash().entries(finalsKey(batchId));
        Map<String, String> outcomes = new LinkedHashMap<>();
        entries.forEach((k, v) -> outcomes.put((String) k, (String) v));
        return outcomes;
    }

    /** Finished items by outcome ({@code succeeded}, {@code canceled}, {@code failed:<code>}). */
    Map<String, Long> counts(String batchId) {
        Map<Object, Object> entries = redis.opsForHash().entries(countsKey(batchId));
        Map<String, Long> counts = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            long n = Long.parseLong((String) v);
            if (n != 0) {
                counts.put((String) k, n);
            }
        });
        return counts;
    }

    /** When the batch's most recent jobs finished, oldest first. */
    List<Instant> finishTimes(String batchId) {
        var entries = redis.opsForZSet().rangeWithScores(finishTimesKey(batchId), 0, -1);
        List<Instant> times = new ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> times.add(Instant.ofEpochMilli(e.getScore().longValue())));
        }
        return times;
    }

    // --- the bulk queue's rotation

    /** Gives the batch a turn in its tenant's rotation, and the tenant a turn in the tenants' rotation. */
    void enqueue(Batch batch) {
        String queue = tenantQueueKey(batch.tenant());
        if (redis.opsForList().indexOf(queue, batch.id()) == null) {
            redis.opsForList().rightPush(queue, batch.id());
        }
        if (redis.opsForList().indexOf(TENANTS, batch.tenant()) == null) {
            redis.opsForList().rightPush(TENANTS, batch.tenant());
        }
    }

    /** The tenant whose turn it is, moved to the back of the rotation; empty when no tenant has bulk work. */
    Optional<String> nextTenant() {
        return Optional.ofNullable(redis.opsForList().move(TENANTS, Direction.LEFT, TENANTS, Direction.RIGHT));
    }

    /** The tenant's batch whose turn it is, moved to the back of the tenant's rotation. */
    Optional<String> nextBatch(String tenant) {
        String queue = tenantQueueKey(tenant);
        return Optional.ofNullable(redis.opsForList().move(queue, Direction.LEFT, queue, Direction.RIGHT));
    }

    /** Takes a batch out of the rotation (nothing left to release, or canceled); the tenant too if it was its last. */
    void dequeue(String tenant, String batchId) {
        String queue = tenantQueueKey(tenant);
        redis.opsForList().remove(queue, 0, batchId);
        Long left = redis.opsForList().size(queue);
        if (left == null || left == 0) {
            redis.opsForList().remove(TENANTS, 0, tenant);
        }
    }

    /** Batches with work left: those in a tenant's rotation and those with jobs in flight. */
    Set<String> unfinishedIds() {
        Set<String> ids = new LinkedHashSet<>();
        List<String> tenants = redis.opsForList().range(TENANTS, 0, -1);
        for (String tenant : tenants == null ? List.<String>of() : tenants) {
            List<String> queued = redis.opsForList().range(tenantQueueKey(tenant), 0, -1);
            if (queued != null) {
                ids.addAll(queued);
            }
        }
        inFlight().forEach(job -> ids.add(job.batchId()));
        return ids;
    }

    boolean queued(String tenant, String batchId) {
        return redis.opsForList().indexOf(tenantQueueKey(tenant), batchId) != null;
    }

    // --- jobs in flight

    record InFlight(String jobId, String batchId, int index, int copies) {
    }

    void addInFlight(InFlight job) {
        redis.opsForHash().put(IN_FLIGHT, job.jobId(), job.batchId() + " " + job.index() + " " + job.copies());
    }

    void removeInFlight(String jobId) {
        redis.opsForHash().delete(IN_FLIGHT, jobId);
    }

    List<InFlight> inFlight() {
        List<InFlight> jobs = new ArrayList<>();
        redis.opsForHash().entries(IN_FLIGHT).forEach((k, v) -> {
            String[] parts = ((String) v).split(" ");
            jobs.add(new InFlight((String) k, parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        });
        return jobs;
    }

    long inFlightCount() {
        Long size = redis.opsForHash().size(IN_FLIGHT);
        return size == null ? 0 : size;
    }

    private static String key(String id) {
        return PREFIX + id;
    }

    private static String itemsKey(String id) {
        return PREFIX + id + ":items";
    }

    private static String stateKey(String id) {
        return PREFIX + id + ":state";
    }

    private static String finalsKey(String id) {
        return PREFIX + id + ":outcomes";
    }

    private static String countsKey(String id) {
        return PREFIX + id + ":counts";
    }

    private static String finishTimesKey(String id) {
        return PREFIX + id + ":finished";
    }

    private static String retriesKey(String id) {
        return PREFIX + id + ":retries";
    }

    private static String tenantBatchesKey(String tenant) {
        return "reelforge:tenant:" + tenant + ":batches";
    }

    private static String tenantQueueKey(String tenant) {
        return "reelforge:bulk:tenant:" + tenant + ":queue";
    }
}
