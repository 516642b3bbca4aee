package io.reelforge.common.watchdog;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.stage.JobTracker;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what becomes of a job whose worker stopped renewing its lease: driven again with the next attempt (the
 * lost run stays in the history), or failed, with {@code timeout} when the run had passed its stage's time limit and
 * with {@code worker_lost} when the stage already lost {@code maxLostRuns} runs. Knows nothing of scheduling or
 * locks: {@link Watchdog} calls it.
 *
 * <p>The re-driven stage's message is sent before the new attempt is saved, so a crash between the two leaves the
 * lease expired and the next sweep does it again; a worker that gets the message before the save sees a job behind
 * its message and retries it a moment later.
 */
public final class LeaseSweeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseSweeper.class);
    private static final int BATCH = 100;

    private final JobTracker tracker;
    private final ReelforgeProperties.Jobs settings;

    public LeaseSweeper(JobTracker tracker, ReelforgeProperties.Jobs settings) {
        this.tracker = tracker;
        this.settings = settings;
    }

    /** What happened to one expired lease. */
    public enum Verdict { REDRIVEN, FAILED_TIMEOUT, FAILED_WORKER_LOST, RENEWED, GONE }

    /** Handles every lease expired before now; returns how many jobs it re-drove or failed. */
    public int sweep() {
        JobStore store = tracker.store();
        int handled = 0;
        for (String id : store.expiredLeases(now(), BATCH)) {
            try {
                Verdict verdict = sweep(id);
                if (verdict != Verdict.RENEWED && verdict != Verdict.GONE) {
                    handled++;
                }
            } catch (RuntimeException e) {
                log.warn("could not handle the expired lease of job {}; the next sweep tries again", id, e);
            }
        }
        return handled;
    }

    Verdict sweep(String id) {
        JobStore store = tracker.store();
        Optional<Job> found = store.find(id);
        Job job = found.orElse(null);
        String holder = job == null ? null : job.leaseHolder();
        if (job == null || holder == null) {
            store.forgetLease(id); // the job expired, or its lease entry outlived it
            return Verdict.GONE;
        }
        Instant now = now();
        if (store.leaseExpiry(id).map(until -> until.isAfter(now)).orElse(false)) {
            return Verdict.RENEWED;
        }
        JobStatus stage = job.status();
        StageRun run = Objects.requireNonNull(job.currentRun());
        Instant limit = Objects.requireNonNull(run.claimedAt()).plus(settings.stageLimits().of(stage));
        if (now.isAfter(limit)) {
            fail(job, holder, ErrorCode.TIMEOUT, "The " + stage.wireName() + " stage ran past its time limit of "
                    + settings.stageLimits().of(stage) + " (reelforge.jobs.stage-limits." + stage.wireName()
                    + ") on worker " + run.worker() + " and was stopped.");
            return Verdict.FAILED_TIMEOUT;
        }
        int lost = job.lostRuns(stage) + 1;
        if (lost >= settings.maxLostRuns()) {
            fail(job, holder, ErrorCode.WORKER_LOST, "The workers running the " + stage.wireName() + " stage stopped"
                    + " responding " + lost + " times (last: " + run.worker() + "); the job was not driven again."
                    + " Retry it once the workers are healthy.");
            return Verdict.FAILED_WORKER_LOST;
        }
        return redrive(job, holder, now).isPresent() ? Verdict.REDRIVEN : Verdict.RENEWED;
    }

    /**
     * Drives the job's stage again now if its lease has expired, whatever the limits: what a client's explicit
     * retry of an abandoned job does. Empty when the job is not held by a worker whose lease has run out.
     */
    public Optional<Job> redriveIfExpired(String id) {
        Instant now = now();
        Job job = tracker.store().find(id).orElse(null);
        String holder = job == null ? null : job.leaseHolder();
        boolean expired = tracker.store().leaseExpiry(id).map(until -> !until.isAfter(now)).orElse(false);
        return holder == null || !expired ? Optional.empty() : redrive(job, holder, now);
    }

    private Optional<Job> redrive(Job job, String holder, Instant now) {
        int next = job.attempt() + 1;
        JobStatus stage = job.status();
        // the message of the next attempt goes first: a save without it would leave the job waiting for nothing
        tracker.send(Pipeline.enter(job.redrive(now), stage, now));
        Job saved = tracker.update(job.id(), current -> holder.equals(current.leaseHolder())
                ? current.redrive(now) : current).job();
        if (saved.attempt() != next) {
            return Optional.empty();
        }
        log.warn("job {}: worker {} stopped renewing its lease on {}; driven again as attempt {}", job.id(),
                job.currentRun() == null ? "?" : job.currentRun().worker(), stage.wireName(), next);
        return Optional.of(saved);
    }

    private void fail(Job job, String holder, ErrorCode code, String message) {
        Instant now = now();
        JobError error = new JobError(code, message, job.status(), job.attempt(), now);
        tracker.update(job.id(), current -> holder.equals(current.leaseHolder())
                ? current.failAbandoned(error, now) : current);
        log.warn("job {} failed with {}: {}", job.id(), code.code(), message);
    }

    private Instant now() {
        return tracker.clock().instant();
    }
}
