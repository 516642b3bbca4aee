package io.reelforge.common.stage;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobUpdate;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.pipeline.Pipeline;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a run back to the pipeline unfinished, because its worker is stopping: another worker takes the stage at once
 * instead of a lease later, when the watchdog would. Like the watchdog's re-drive, the stage's message for the next
 * attempt is sent before the job is saved at that attempt ({@link Job#handBack}), so a saved stage always has its
 * message; and from then on every message of the handed-back attempt is stale, so neither a late redelivery nor the
 * worker that gave the run back can claim, finish or fail the new attempt.
 */
public final class StageHandBack {

    private final JobTracker tracker;

    public StageHandBack(JobTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * @param message the message whose run {@code workerId} claimed
     * @return the job at its new attempt, waiting for a worker; empty when the run was no longer the worker's to give
     *     (finished, canceled, or taken over meanwhile)
     */
    public Optional<Job> handBack(JobMessage message, String workerId) {
        Job job = tracker.store().find(message.jobId()).orElse(null);
        if (job == null || !heldBy(job, message.attempt(), workerId)) {
            return Optional.empty();
        }
        String holder = Objects.requireNonNull(job.leaseHolder(), "a claimed run has a lease holder");
        Instant now = tracker.clock().instant();
        tracker.send(Pipeline.enter(job.handBack(now), job.status(), now));
        JobUpdate saved = tracker.update(job.id(), current -> holder.equals(current.leaseHolder())
                ? current.handBack(now) : current);
        return saved.changed() ? Optional.of(saved.job()) : Optional.empty();
    }

    private static boolean heldBy(Job job, int attempt, String workerId) {
        StageRun run = job.currentRun();
        return job.attempt() == attempt && run != null && run.claimed() && workerId.equals(run.worker());
    }
}
