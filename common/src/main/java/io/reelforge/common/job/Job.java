package io.reelforge.common.job;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job as the store keeps it. Immutable: every change returns a new job, and every move goes through
 * {@link JobStatus#allows}. {@code version} is the store's: it numbers the saves, and only the store sets it, so
 * a change that the store finds equal to the job it read is not saved at all.
 *
 * @param attempt how many times the job has been driven through the pipeline: 1, plus one per {@link #retry};
 *        stage messages carry it, and a message of an earlier attempt is stale
 * @param progress overall progress 0-100, derived from the stage and the stage's own progress
 * @param progressDetail what the current stage says of its progress, for people ("rendering 420/900 frames")
 * @param history one entry per stage run, in order; a retried stage appears again
 */
public record Job(
        String id,
        JobKind kind,
        String tenant,
        JobStatus status,
        long version,
        int attempt,
        int progress,
        @Nullable String progressDetail,
        JobRequest request,
        JobResults results,
        List<StageRun> history,
        @Nullable JobError error,
        Instant createdAt,
        Instant updatedAt) {

    public static final int FIRST_ATTEMPT = 1;

    public Job {
        history = history == null ? List.of() : List.copyOf(history);
        results = results == null ? JobResults.EMPTY : results;
        attempt = Math.max(FIRST_ATTEMPT, attempt); // records saved before attempts were stored read as 0
    }

    public static Job queued(String id, JobKind kind, String tenant, JobRequest request, Instant now) {
        return new Job(id, kind, tenant, JobStatus.QUEUED, 0, FIRST_ATTEMPT, 0, null, request, JobResults.EMPTY, List.of(),
                null, now, now);
    }

    /** The stage this job enters first. */
    public JobStatus firstStage() {
        return Pipeline.firstStage(kind, request.script() != null);
    }

    /** The lane this job's stages wait in: a batch's items are bulk work. */
    public Lane lane() {
        return request.batchId() == null ? Lane.INTERACTIVE : Lane.BULK;
    }

    /** Moves into {@code stage}: the only way a stage starts, and it refuses to go backwards. */
    public Job startStage(JobStatus stage, int attempt, Instant now) {
        if (!stage.isStage()) {
            throw new IllegalArgumentException(stage + " is not a stage");
        }
        JobStatus to = checkedMove(JobStatus.Move.FORWARD, stage);
        List<StageRun> runs = closeOpenRun(now, RunOutcome.COMPLETED);
        runs.add(StageRun.entered(stage, now, attempt));
        return new Job(id, kind, tenant, to, version, this.attempt, progressAt(stage, 0), null, request, results, runs,
                error, createdAt, now);
    }

    /**
     * A worker takes the stage: enters it first if the job is still before it. A repeat claim of a run another
     * worker holds (its message redelivered after that worker crashed or lost its partition) is allowed: the
     * abandoned run stays in the history as {@link RunOutcome#LOST} and a new run records the new worker.
     */
    public Job claim(JobStatus stage, String workerId, int attempt, Instant now) {
        Job entered = status == stage ? this : startStage(stage, attempt, now);
        List<StageRun> runs = new ArrayList<>(entered.history);
        StageRun open = runs.getLast();
        if (open.claimed()) {
            runs.set(runs.size() - 1, open.ended(now, RunOutcome.LOST));
            runs.add(StageRun.entered(stage, now, attempt).claimedBy(workerId, now));
        } else {
            runs.set(runs.size() - 1, open.claimedBy(workerId, now));
        }
        return new Job(id, kind, tenant, stage, version,
                this.attempt, entered.progress, entered.progressDetail, request, results, runs, error, createdAt, now);
    }

    /**
     * The watchdog's move for a run whose worker stopped renewing its lease: the run is recorded as
     * {@link RunOutcome#LOST}, the attempt goes up (so the lost worker, should it wake, holds a stale attempt that can
     * neither report nor finish) and the stage waits for a worker again. Results of earlier stages are kept.
     */
    public Job redrive(Instant now) {
        return driveStageAgain(RunOutcome.LOST, now);
    }

    /**
     * The holder's move when its worker stops before the run is done: the run is recorded as
     * {@link RunOutcome#HANDED_BACK} and the stage waits for another worker with the next attempt, as after a
     * {@link #redrive}, but at once instead of a lease later, and without counting as a lost run.
     */
    public Job handBack(Instant now) {
        StageRun open = currentRun();
        if (open == null || !open.claimed()) {
            throw new IllegalJobTransitionException(id, status, status);
        }
        return driveStageAgain(RunOutcome.HANDED_BACK, now);
    }

    private Job driveStageAgain(RunOutcome ended, Instant now) {
        StageRun open = currentRun();
        if (open == null) {
            throw new IllegalJobTransitionException(id, status, status);
        }
        List<StageRun> runs = closeOpenRun(now, ended);
        runs.add(StageRun.entered(status, now, attempt + 1));
        return new Job(id, kind, tenant, status, version, attempt + 1, progressAt(status, 0), null, request, results,
                runs, error, createdAt, now);
    }

    /**
     * The holder's run failed and its message goes to a retry: the run is recorded as {@link RunOutcome#FAILED} and
     * the stage waits, unclaimed and without a lease, for the retry to claim it (same attempt).
     */
    public Job releaseForRetry(Instant now) {
        StageRun open = currentRun();
        if (open == null || !open.claimed()) {
            return this;
        }
        List<StageRun> runs = closeOpenRun(now, RunOutcome.FAILED);
        runs.add(StageRun.entered(status, now, attempt));
        return new Job(id, kind, tenant, status, version, attempt, progress, null, request, results, runs, error,
                createdAt, now);
    }

    /** In a stage that no worker has claimed yet: waiting in the stage's queue, not being worked on. */
    public boolean waiting() {
        StageRun open = currentRun();
        return open != null && open.claimedAt() == null;
    }

    /** The state clients see: a stage only once a worker has claimed it, {@code queued} while the job waits for one. */
    public JobStatus visibleStatus() {
        return waiting() ? JobStatus.QUEUED : status;
    }

    /**
     * Names the holder of the current run's lease (its worker and the run's place in the history), or null when no
     * worker holds the job. A re-claim makes a new run, so an abandoned holder's name never matches again.
     */
    public @Nullable String leaseHolder() {
        StageRun open = currentRun();
        return open == null || !open.claimed() ? null : open.worker() + "/" + (history.size() - 1);
    }

    /** How many runs of {@code stage} were abandoned by their workers. */
    public int lostRuns(JobStatus stage) {
        return (int) history.stream().filter(r -> r.stage() == stage && r.outcome() == RunOutcome.LOST).count();
    }

    /**
     * Drives a failed or canceled job again from {@link #resumeStage()}: the results of the stages before it are
     * kept, the attempt goes up (so messages of the old attempt are recognised as stale) and the history shows the
     * new run. The only way out of a final state.
     */
    public Job retry(Instant now) {
        JobStatus stage = resumeStage();
        JobStatus to = checkedMove(JobStatus.Move.RETRY, stage);
        List<StageRun> runs = closeOpenRun(now, RunOutcome.LOST);
        runs.add(StageRun.entered(stage, now, attempt + 1));
        return new Job(id, kind, tenant, to, version, attempt + 1, progressAt(stage, 0), null, request, results, runs,
                null, createdAt, now);
    }

    /** The first stage of this kind whose result the job does not have yet: where a retry starts. */
    public JobStatus resumeStage() {
        for (JobStatus stage : stages()) {
            boolean done = switch (stage) {
                case SCRAPING -> results.product() != null;
                case SCRIPTING -> results.script() != null;
                default -> !results.artifacts().isEmpty();
            };
            if (!done) {
                return stage;
            }
        }
        return stages().getLast();
    }

    /** Progress within the current stage, as a fraction 0..1; never lowers the overall figure. */
    public Job stageProgress(double fraction, Instant now) {
        return stageProgress(fraction, null, now);
    }

    /** The same, with what the stage says of it for people ("rendering 420/900 frames"). */
    public Job stageProgress(double fraction, @Nullable String detail, Instant now) {
        if (!status.isStage()) {
            throw new IllegalJobTransitionException(id, status, status);
        }
        int overall = Math.max(progress, progressAt(status, fraction));
        return new Job(id, kind, tenant, status, version, attempt, overall, detail, request, results, history, error,
                createdAt, now);
    }

    public Job withProduct(ProductDetails product, Instant now) {
        return withResults(results.withProduct(product), now);
    }

    public Job withScript(VideoScript script, Instant now) {
        return withResults(results.withScript(script), now);
    }

    public Job withScript(VideoScript script, @Nullable TokenUsage usage, Instant now) {
        return withResults(results.withScript(script, usage), now);
    }

    public Job withArtifacts(List<Artifact> artifacts, Instant now) {
        return withResults(results.withArtifacts(artifacts), now);
    }

    /** The render's files, and its warnings in place of an earlier render's. */
    public Job withArtifacts(List<Artifact> artifacts, List<JobWarning> renderWarnings, Instant now) {
        return withResults(results.withArtifacts(artifacts, renderWarnings), now);
    }

    public Job succeed(Instant now) {
        JobStatus to = checkedMove(JobStatus.Move.FORWARD, JobStatus.SUCCEEDED);
        return new Job(id, kind, tenant, to, version, attempt, 100, null, request, results,
                closeOpenRun(now, RunOutcome.COMPLETED), null, createdAt, now);
    }

    public Job fail(JobError failure, Instant now) {
        JobStatus to = checkedMove(JobStatus.Move.FORWARD, JobStatus.FAILED);
        return new Job(id, kind, tenant, to, version, attempt, progress, null, request, results,
                closeOpenRun(now, RunOutcome.FAILED), failure, createdAt, now);
    }

    /**
     * Fails the job because its run was abandoned (the watchdog gave up re-driving it, or the run passed its time
     * limit without a live worker): the run is recorded as {@link RunOutcome#LOST}, not as a failure of the work.
     */
    public Job failAbandoned(JobError failure, Instant now) {
        JobStatus to = checkedMove(JobStatus.Move.FORWARD, JobStatus.FAILED);
        return new Job(id, kind, tenant, to, version, attempt, progress, null, request, results,
                closeOpenRun(now, RunOutcome.LOST), failure, createdAt, now);
    }

    public Job cancel(Instant now) {
        JobStatus to = checkedMove(JobStatus.Move.FORWARD, JobStatus.CANCELED);
        return new Job(id, kind, tenant, to, version, attempt, progress, null, request, results,
                closeOpenRun(now, RunOutcome.CANCELED), null, createdAt, now);
    }

    /** The run of the stage the job is in now, if it is in one. */
    public @Nullable StageRun currentRun() {
        if (history.isEmpty() || !status.isStage()) {
            return null;
        }
        StageRun last = history.getLast();
        return last.stage() == status && last.endedAt() == null ? last : null;
    }

    /** The same job saved as another version (the store numbers versions). */
    public Job withVersion(long value) {
        return new Job(id, kind, tenant, status, value, attempt, progress, progressDetail, request, results, history, error,
                createdAt, updatedAt);
    }

    private Job withResults(JobResults value, Instant now) {
        return new Job(id, kind, tenant, status, version, attempt, progress, progressDetail, request, value, history, error,
                createdAt, now);
    }

    private JobStatus checkedMove(JobStatus.Move move, JobStatus to) {
        if (!status.allows(move, to) || (to.isStage() && !Pipeline.runs(kind, to))) {
            throw new IllegalJobTransitionException(id, status, to);
        }
        return to;
    }

    private List<StageRun> closeOpenRun(Instant now, RunOutcome how) {
        List<StageRun> runs = new ArrayList<>(history);
        if (!runs.isEmpty() && runs.getLast().open()) {
            runs.set(runs.size() - 1, runs.getLast().ended(now, how));
        }
        return runs;
    }

    /** The stages this job runs, in order, from its first one. */
    private List<JobStatus> stages() {
        return Pipeline.stages(kind, request.script() != null);
    }

    /** Splits 0-100 evenly over the stages this kind runs, so every kind reaches 100 only when it succeeds. */
    private int progressAt(JobStatus stage, double fraction) {
        List<JobStatus> stages = stages();
        int index = stages.indexOf(stage);
        if (index < 0) {
            return progress;
        }
        double clamped = Math.clamp(fraction, 0.0, 1.0);
        return (int) Math.floor(99.0 * (index + clamped) / stages.size());
    }
}
