package io.reelforge.common.stage;

import io.reelforge.common.config.ReelforgeProperties.StageLimits;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.StagePayload;
import io.reelforge.common.metrics.PipelineMetrics.StageResult;
import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.pipeline.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one stage message the same way in every worker: claim the stage in the store (skipping messages for jobs
 * that are canceled, finished or already past this stage), run the processor while a heartbeat keeps the claim's
 * lease alive, save its result, and hand the job to the next stage or finish it. Kafka delivers at least once, so
 * each step tolerates a repeat. A message of an earlier attempt of a job that was retried or re-driven since is
 * stale: it is dropped at every step, so the old attempt can neither claim, nor finish, nor report progress on the
 * new one; and a worker whose run was taken over (its lease expired) stops at its next progress report.
 */
public class StageExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StageExecutor.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);
    /** Below Kafka's default poll interval (5 min), so a bulk consumer that waits is not thrown out of its group. */
    private static final Duration BULK_MAX_WAIT = Duration.ofMinutes(2);

    private final JobTracker tracker;
    private final String workerId;
    private final LeaseHeartbeat heartbeat;
    private final StageLimits limits;
    private final LanePriority lanes = new LanePriority(BULK_MAX_WAIT);

    /**
     * @param workerId names this worker in each job's history, so operators see who ran which stage
     * @param heartbeat renews the leases of the runs this executor works on
     * @param limits how long one run of each stage may hold its lease
     */
    public StageExecutor(JobTracker tracker, String workerId, LeaseHeartbeat heartbeat, StageLimits limits) {
        this.tracker = tracker;
        this.workerId = workerId;
        this.heartbeat = heartbeat;
        this.limits = limits;
    }

    public String workerId() {
        return workerId;
    }

    /** Runs a message of the interactive lane. */
    public <P extends StagePayload> void execute(JobMessage message, P payload, StageProcessor<P> processor)
            throws Exception {
        execute(Lane.INTERACTIVE, message, payload, processor);
    }

    /** Runs a message of a lane: a bulk one only while no interactive run works on this worker. */
    public <P extends StagePayload> void execute(Lane lane, JobMessage message, P payload, StageProcessor<P> processor)
            throws Exception {
        lanes.run(lane, () -> {
            run(lane, message, payload, processor);
            return null;
        });
    }

    private <P extends StagePayload> void run(Lane lane, JobMessage message, P payload, StageProcessor<P> processor)
            throws Exception {
        MDC.put("jobId", message.jobId());
        try {
            if (message.version() > JobMessage.CURRENT_VERSION || message.version() < 1) {
                throw new UnsupportedMessageException(message.jobId(), message.version(), JobMessage.CURRENT_VERSION);
            }
            JobStatus stage = payload.stage();
            Optional<Job> claimed = claim(message, stage);
            if (claimed.isEmpty()) {
                return;
            }
            String holder = Objects.requireNonNull(claimed.get().leaseHolder(), "a claimed job has a lease holder");
            Instant limit = claimed.get().currentRun().claimedAt().plus(limits.of(stage));
            tracker.metrics().stageClaimed(claimed.get());
            long started = System.nanoTime();
            StageOutcome outcome;
            try (LeaseHeartbeat.Beat beat = heartbeat.start(message.jobId(), holder, limit)) {
                outcome = processor.process(message, payload, new TrackedContext(message.jobId(), message.attempt(),
                        beat));
            } catch (RunTakenOverException e) {
                log.info("job {}: this worker's run of {} was taken over; stopping", message.jobId(), stage.wireName());
                ran(stage, lane, StageResult.TAKEN_OVER, started);
                return;
            } catch (JobCanceledException e) {
                log.info("job {} was canceled during {}; stopping", message.jobId(), stage.wireName());
                ran(stage, lane, StageResult.CANCELED, started);
                return;
            } catch (Exception e) {
                release(message.jobId(), holder);
                ran(stage, lane, StageResult.FAILED, started);
                throw e;
            }
            handOff(claimed.get(), holder, message, stage, outcome);
            ran(stage, lane, StageResult.SUCCEEDED, started);
        } finally {
            MDC.remove("jobId");
        }
    }

    private void ran(JobStatus stage, Lane lane, StageResult result, long startedNanos) {
        tracker.metrics().stageRan(stage, lane, result, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** A failed run gives its lease back, so its retry (not the watchdog) drives the stage next. */
    private void release(String jobId, String holder) {
        try {
            tracker.update(jobId, current -> holder.equals(current.leaseHolder())
                    ? current.releaseForRetry(now()) : current);
        } catch (RuntimeException e) {
            log.warn("could not release the run of job {}; its lease will expire instead: {}", jobId, e.toString());
        }
    }

    private Optional<Job> claim(JobMessage message, JobStatus stage) {
        Job job;
        try {
            job = tracker.update(message.jobId(), current -> {
                if (current.attempt() != message.attempt()
                        || (current.status() != stage && !current.status().canMoveTo(stage))) {
                    return current;
                }
                return current.claim(stage, workerId, message.attempt(), now());
            }).job();
        } catch (JobNotFoundException e) {
            // no record to drive: expired by retention or never saved; retrying cannot make one appear
            log.warn("dropping {} message of job {}: the job does not exist", stage.wireName(), message.jobId());
            return Optional.empty();
        }
        if (job.attempt() < message.attempt()) {
            // the watchdog sends a re-driven stage's message just before it saves the new attempt: wait for the save
            throw new TransientJobFailure(ErrorCode.INTERNAL_ERROR, "job " + job.id() + " is at attempt "
                    + job.attempt() + ", behind its message's attempt " + message.attempt());
        }
        if (job.attempt() != message.attempt()) {
            log.info("skipping {} of job {}: the message is of attempt {}, the job is at attempt {}",
                    stage.wireName(), job.id(), message.attempt(), job.attempt());
            return Optional.empty();
        }
        if (job.status() != stage || !workerId.equals(job.currentRun() == null ? null : job.currentRun().worker())) {
            log.info("skipping {} of job {}: it is {}", stage.wireName(), job.id(), job.status().wireName());
            return Optional.empty();
        }
        log.info("{} job {} (attempt {}) on {}", stage.wireName(), job.id(), message.attempt(), workerId);
        return Optional.of(job);
    }

    /**
     * Applies the outcome to the job and asks the pipeline what comes next: the next stage's message is sent (and
     * acknowledged) before the job is saved as being in that stage, so a saved stage always has its message.
     */
    private void handOff(Job job, String holder, JobMessage message, JobStatus stage, StageOutcome outcome) {
        JobStatus next = Pipeline.after(job.kind(), stage);
        Optional<Job> latest = tracker.store().find(job.id());
        if (latest.map(j -> j.status().isFinal() || j.attempt() != message.attempt()).orElse(true)) {
            log.info("job {} ended during {}; not handing it on", job.id(), stage.wireName());
            return;
        }
        if (!holder.equals(latest.get().leaseHolder())) {
            log.info("job {}: this worker's run of {} was taken over; not handing it on", job.id(), stage.wireName());
            return;
        }
        if (next != JobStatus.SUCCEEDED) {
            tracker.send(Pipeline.enter(forNextStage(latest.get(), message, outcome), next, now()));
        }
        tracker.update(job.id(), current -> {
            if (current.attempt() != message.attempt()) {
                return current; // retried meanwhile: this attempt's result is not the new attempt's
            }
            Job withResult = withResult(current, outcome);
            if (!withResult.status().canMoveTo(next)) {
                return withResult; // canceled meanwhile, or the next stage already claimed the job
            }
            return next == JobStatus.SUCCEEDED ? withResult.succeed(now())
                    : withResult.startStage(next, message.attempt(), now());
        });
        log.info("{} of job {} done; next: {}", stage.wireName(), job.id(), next.wireName());
    }

    /**
     * The job as the next stage's message needs it: the results saved so far, this run's outcome, and the product
     * this run's message carried. A stage sends the next stage's message before it saves its own result, so the
     * next stage can claim, run and hand on before the product the stage before found is saved: the message has it.
     */
    private Job forNextStage(Job latest, JobMessage message, StageOutcome outcome) {
        Job job = withResult(latest, outcome);
        if (job.results().product() == null && job.request().product() == null
                && message.payload() instanceof ScriptRequest carried && carried.product() != null) {
            job = job.withProduct(carried.product(), now());
        }
        return job;
    }

    private Job withResult(Job job, StageOutcome outcome) {
        return switch (outcome) {
            case StageOutcome.Scraped s -> job.withProduct(s.product(), now());
            case StageOutcome.Scripted s -> job.withScript(s.script(), s.usage(), now());
            case StageOutcome.Rendered r -> job.withArtifacts(r.artifacts(), r.warnings(), now());
        };
    }

    private Instant now() {
        return tracker.clock().instant();
    }

    @Override
    public void close() {
        heartbeat.close();
    }

    /**
     * Throttles progress writes and stops the work when the store says it should: a cancel becomes
     * {@link JobCanceledException}, a run taken over (re-driven or re-claimed) {@link RunTakenOverException}.
     */
    private final class TrackedContext implements StageContext {
        private final String jobId;
        private final int attempt;
        private final LeaseHeartbeat.Beat beat;
        private Instant lastWrite = Instant.MIN;

        TrackedContext(String jobId, int attempt, LeaseHeartbeat.Beat beat) {
            this.jobId = jobId;
            this.attempt = attempt;
            this.beat = beat;
        }

        @Override
        public String jobId() {
            return jobId;
        }

        @Override
        public void progress(double fraction) {
            record(fraction, null);
        }

        @Override
        public void progress(double fraction, String detail) {
            record(fraction, detail);
        }

        private void record(double fraction, @Nullable String detail) {
            if (beat.lost()) {
                throw new RunTakenOverException(jobId);
            }
            Instant now = now();
            if (Duration.between(lastWrite, now).compareTo(PROGRESS_INTERVAL) < 0 && fraction < 1.0) {
                return;
            }
            lastWrite = now;
            Job job = tracker.update(jobId, current -> ours(current)
                    ? current.stageProgress(fraction, detail, now)
                    : current).job();
            if (job.status() == JobStatus.CANCELED) {
                throw new JobCanceledException(jobId);
            }
            if (!ours(job)) {
                throw new RunTakenOverException(jobId);
            }
        }

        private boolean ours(Job job) {
            return job.status().isStage() && job.attempt() == attempt && beat.holder().equals(job.leaseHolder());
        }
    }
}
