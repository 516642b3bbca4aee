package io.reelforge.gateway.batch;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.schedule.PeriodicTask;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.WorkerIds;
import io.reelforge.gateway.GatewayProperties;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Admission control for bulk work: releases batch items into the pipeline's bulk lane only while fewer than
 * {@code reelforge.gateway.batches.max-in-flight} bulk jobs are unfinished, taking turns across tenants and, within
 * a tenant, across its batches (round robin), so a 10,000-item batch neither floods Kafka's FIFO partitions nor
 * makes another tenant's 20 items wait for it, and canceling a batch costs nothing for the items not yet released.
 * Every tick it first settles the jobs in flight that have finished (from the job store, the truth, so a missed
 * event loses nothing), then fills the free places. One gateway at a time dispatches, holding a Redis lock it
 * renews each tick; if it dies, another takes over when the lock runs out.
 */
@Component
public class BatchDispatcher extends PeriodicTask {

    static final String LOCK = "reelforge:bulk:dispatcher";
    /** Turns looked at per tick at most: bounds a tick however the rotation looks. */
    private static final int MAX_TURNS_PER_TICK = 1000;

    /** Takes the lock, or keeps it when this instance holds it already. */
    private static final RedisScript<Long> HOLD_LOCK = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0
            """, Long.class);

    private final BatchStore batches;
    private final JobTracker tracker;
    private final BatchCompletion completion;
    private final StringRedisTemplate redis;
    private final GatewayProperties.Batches settings;
    private final String instance = WorkerIds.next("batch-dispatcher");

    BatchDispatcher(BatchStore batches, JobTracker tracker, BatchCompletion completion, StringRedisTemplate redis,
            GatewayProperties properties) {
        super("batch-dispatcher", properties.batches().tick());
        this.batches = batches;
        this.tracker = tracker;
        this.completion = completion;
        this.redis = redis;
        this.settings = properties.batches();
    }

    /** One round: settle finished jobs, then release items into the free places. Returns how many it released. */
    public int tick() {
        Long held = redis.execute(HOLD_LOCK, List.of(LOCK), instance,
                String.valueOf(settings.tick().multipliedBy(settings.lockTicks()).toMillis()));
        if (held == null || held != 1L) {
            return 0;
        }
        settleFinished();
        return release();
    }

    private void settleFinished() {
        Set<String> touched = new LinkedHashSet<>();
        for (BatchStore.InFlight running : batches.inFlight()) {
            Optional<Job> job = tracker.store().find(running.jobId());
            if (job.isPresent() && !job.get().status().isFinal()) {
                continue;
            }
            String outcome = job.map(BatchOutcomes::of).orElse(BatchOutcomes.EXPIRED);
            batches.recordOutcome(running.batchId(), running.jobId(), outcome, running.copies(), now());
            batches.removeInFlight(running.jobId());
            touched.add(running.batchId());
        }
        touched.forEach(id -> batches.find(id).ifPresent(completion::completeIfDone));
    }

    private int release() {
        int free = (int) Math.max(0, settings.maxInFlight() - batches.inFlightCount());
        int released = 0;
        for (int turn = 0; released < free && turn < MAX_TURNS_PER_TICK; turn++) {
            Optional<String> tenant = batches.nextTenant();
            if (tenant.isEmpty()) {
                break;
            }
            Optional<String> batchId = batches.nextBatch(tenant.get());
            if (batchId.isEmpty()) {
                batches.dequeue(tenant.get(), "");
                continue;
            }
            Optional<Batch> batch = batches.find(batchId.get());
            if (batch.isEmpty() || batch.get().status() != Batch.Status.OPEN || !releaseNext(batch.get())) {
                batches.dequeue(tenant.get(), batchId.get()); // nothing left to release here
                continue;
            }
            released++;
        }
        return released;
    }

    /** Releases the batch's next item (a retry first, then the next pending one); false when it has none left. */
    private boolean releaseNext(Batch batch) {
        for (Integer retry = batches.nextRetry(batch.id()); retry != null; retry = batches.nextRetry(batch.id())) {
            if (retryItem(batch, retry)) {
                return true;
            }
        }
        int cursor = batches.cursor(batch.id());
        while (true) {
            Optional<BatchItem> item = batches.item(batch.id(), cursor);
            if (item.isEmpty()) {
                return false;
            }
            if (item.get().state() == BatchItem.State.PENDING) {
                release(batch, item.get());
                batches.advanceCursor(batch.id(), cursor + 1);
                return true;
            }
            cursor++;
            batches.advanceCursor(batch.id(), cursor);
        }
    }

    /**
     * Creates the item's job in the bulk lane and sends its first stage. The job's id is the item's own, so a release
     * repeated after a crash finds the job instead of making another, and sends its message again if it may never
     * have been sent (a repeated message is harmless: the stage claims it once).
     */
    private void release(Batch batch, BatchItem item) {
        Instant now = now();
        String jobId = BatchItem.jobId(batch.id(), item.index());
        Job job = Job.queued(jobId, item.kind(), batch.tenant(), item.jobRequest(batch.id()), now);
        Optional<Job> existing = tracker.store().find(jobId);
        if (existing.isEmpty()) {
            tracker.create(job);
        } else {
            job = existing.get();
        }
        if (job.status() == JobStatus.QUEUED) {
            tracker.send(Pipeline.enter(job, job.firstStage(), now));
        }
        batches.addInFlight(new BatchStore.InFlight(jobId, batch.id(), item.index(), item.copies()));
        batches.saveItem(batch.id(), item.released());
        batches.countReleased(batch.id(), item.copies());
        if (batches.find(batch.id()).map(b -> b.status() == Batch.Status.CANCELED).orElse(false)) {
            // the batch was canceled while this item was being released: cancel its job like the others
            Job canceled = tracker.update(jobId, j -> j.status().isFinal() ? j : j.cancel(now)).job();
            batches.recordOutcome(batch.id(), jobId, BatchOutcomes.of(canceled), item.copies(), now);
            batches.removeInFlight(jobId);
        }
    }

    /** Drives a failed or canceled item's job again from the stage it stopped in; false if it is not retryable. */
    private boolean retryItem(Batch batch, int index) {
        Optional<BatchItem> item = batches.item(batch.id(), index);
        String jobId = BatchItem.jobId(batch.id(), index);
        Optional<Job> job = tracker.store().find(jobId);
        if (item.isEmpty() || job.isEmpty()
                || (job.get().status() != JobStatus.FAILED && job.get().status() != JobStatus.CANCELED)) {
            return false;
        }
        Instant now = now();
        Job retried = tracker.update(jobId, current -> current.status() == JobStatus.FAILED
                || current.status() == JobStatus.CANCELED ? current.retry(now) : current).job();
        if (retried.status().isFinal()) {
            return false;
        }
        tracker.send(Pipeline.enter(retried, retried.status(), now));
        batches.reopen(batch.id(), jobId, item.get().copies());
        batches.addInFlight(new BatchStore.InFlight(jobId, batch.id(), index, item.get().copies()));
        return true;
    }

    private Instant now() {
        return tracker.clock().instant();
    }

    @Override
    protected void runOnce() {
        tick();
    }
}
