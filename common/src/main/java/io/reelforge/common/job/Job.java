package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job as the store keeps it. Immutable: every change returns a new job with {@code version} bumped, and every
 * move goes through {@link JobStatus#canMoveTo}, so the store can compare-and-set on the version.
 *
 * @param progress overall progress 0-100, derived from the stage and the stage's own progress
 * @param history one entry per stage run, in order; a retried stage appears again
 */
public record Job(
        String id,
        JobKind kind,
        String tenant,
        JobStatus status,
        long version,
        int progress,
        JobRequest request,
        JobResults results,
        List<StageRun> history,
        @Nullable JobError error,
        Instant createdAt,
        Instant updatedAt) {

    public Job {
        history = history == null ? List.of() : List.copyOf(history);
        results = results == null ? JobResults.EMPTY : results;
    }

    public static Job queued(String id, JobKind kind, String tenant, JobRequest request, Instant now) {
        return new Job(id, kind, tenant, JobStatus.QUEUED, 0, 0, request, JobResults.EMPTY, List.of(), null, now, now);
    }

    /** The stage this job enters first. */
    public JobStatus firstStage() {
        return kind.firstStage(request.script() != null);
    }

    /** Moves into {@code stage}: the only way a stage starts, and it refuses to go backwards. */
    public Job startStage(JobStatus stage, int attempt, Instant now) {
        if (!stage.isStage()) {
            throw new IllegalArgumentException(stage + " is not a stage");
        }
        JobStatus to = checkedMove(stage);
        List<StageRun> runs = closeOpenRun(now);
        runs.add(new StageRun(stage, now, null, null, null, attempt));
        return new Job(id, kind, tenant, to, version + 1, progressAt(stage, 0), request, results, runs, error,
                createdAt, now);
    }

    /**
     * A worker takes the stage: enters it first if the job is still before it. A repeat claim of the stage the job
     * is in (a redelivered message after a crash or a rebalance) is allowed and records the new worker.
     */
    public Job claim(JobStatus stage, String workerId, int attempt, Instant now) {
        Job entered = status == stage ? this : startStage(stage, attempt, now);
        List<StageRun> runs = new ArrayList<>(entered.history);
        runs.set(runs.size() - 1, runs.getLast().claimedBy(workerId, now));
        return new Job(id, kind, tenant, stage, entered.version == version ? version + 1 : entered.version,
                entered.progress, request, results, runs, error, createdAt, now);
    }

    /** Progress within the current stage, as a fraction 0..1; never lowers the overall figure. */
    public Job stageProgress(double fraction, Instant now) {
        if (!status.isStage()) {
            throw new IllegalJobTransitionException(id, status, status);
        }
        int overall = Math.max(progress, progressAt(status, fraction));
        return new Job(id, kind, tenant, status, version + 1, overall, request, results, history, error, createdAt, now);
    }

    public Job withProduct(ProductDetails product, Instant now) {
        return withResults(results.withProduct(product), now);
    }

    public Job withScript(VideoScript script, Instant now) {
        return withResults(results.withScript(script), now);
    }

    public Job withArtifacts(List<Artifact> artifacts, Instant now) {
        return withResults(results.withArtifacts(artifacts), now);
    }

    public Job succeed(Instant now) {
        JobStatus to = checkedMove(JobStatus.SUCCEEDED);
        return new Job(id, kind, tenant, to, version + 1, 100, request, results, closeOpenRun(now), null, createdAt, now);
    }

    public Job fail(JobError failure, Instant now) {
        JobStatus to = checkedMove(JobStatus.FAILED);
        return new Job(id, kind, tenant, to, version + 1, progress, request, results, closeOpenRun(now), failure,
                createdAt, now);
    }

    public Job cancel(Instant now) {
        JobStatus to = checkedMove(JobStatus.CANCELED);
        return new Job(id, kind, tenant, to, version + 1, progress, request, results, closeOpenRun(now), null,
                createdAt, now);
    }

    /** The run of the stage the job is in now, if it is in one. */
    public @Nullable StageRun currentRun() {
        if (history.isEmpty() || !status.isStage()) {
            return null;
        }
        StageRun last = history.getLast();
        return last.stage() == status && last.endedAt() == null ? last : null;
    }

    private Job withResults(JobResults value, Instant now) {
        return new Job(id, kind, tenant, status, version + 1, progress, request, value, history, error, createdAt, now);
    }

    private JobStatus checkedMove(JobStatus to) {
        if (!status.canMoveTo(to) || (to.isStage() && !kind.runs(to))) {
            throw new IllegalJobTransitionException(id, status, to);
        }
        return to;
    }

    private List<StageRun> closeOpenRun(Instant now) {
        List<StageRun> runs = new ArrayList<>(history);
        if (!runs.isEmpty() && runs.getLast().endedAt() == null) {
            runs.set(runs.size() - 1, runs.getLast().ended(now));
        }
        return runs;
    }

    /** Splits 0-100 evenly over the stages this kind runs, so every kind reaches 100 only when it succeeds. */
    private int progressAt(JobStatus stage, double fraction) {
        List<JobStatus> stages = List.of(JobStatus.SCRAPING, JobStatus.SCRIPTING, JobStatus.RENDERING).stream()
                .filter(kind::runs)
                .filter(s -> s.rank() >= firstStage().rank())
                .toList();
        int index = stages.indexOf(stage);
        if (index < 0) {
            return progress;
        }
        double clamped = Math.clamp(fraction, 0.0, 1.0);
        return (int) Math.floor(99.0 * (index + clamped) / stages.size());
    }
}
