package io.reelforge.gateway.api;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job as clients see it. Built from the stored job on every read; timestamps that can be derived from the
 * history ({@code startedAt}, {@code finishedAt}) are derived here rather than stored twice.
 */
@Schema(name = "Job")
public record JobView(
        String id,
        JobKind kind,
        @Schema(description = "queued while the job waits for a worker (before its first stage, or in a stage no worker"
                + " has claimed yet); a stage's name once a worker works on it; then succeeded, failed or canceled")
        JobStatus status,
        @Schema(description = "The stage the job is in (waiting for it or being worked on); null before the first"
                + " stage and when finished") @Nullable JobStatus stage,
        @Schema(description = "Since when the job has waited for a worker to claim its stage; null while a worker"
                + " works on it or when finished") @Nullable Instant waitingSince,
        @Schema(description = "Overall progress, 0-100", minimum = "0", maximum = "100") int progress,
        @Schema(description = "What the current stage says of its progress", example = "rendering 420/900 frames")
        @Nullable String progressDetail,
        @Schema(description = "How many times the job has been driven through the pipeline: 1, plus one per retry")
        int attempt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        List<StageView> history,
        @Schema(description = "Why the job failed; present only when it did") @Nullable ErrorView error,
        RequestView request,
        ResultsView results,
        Links links) {

    /** One run of a stage: queue latency is {@code claimedAt - enteredAt}, duration {@code endedAt - claimedAt}. */
    @Schema(name = "StageRun")
    public record StageView(JobStatus stage, Instant enteredAt, @Nullable Instant claimedAt,
            @Nullable Instant endedAt, @Nullable String worker, int attempt,
            @Schema(description = "How the run ended: completed, failed, canceled, lost (its worker stopped"
                    + " renewing its lease and the stage was driven again) or handed_back (its worker was stopped and"
                    + " gave the stage to another at once); null while open")
            @Nullable RunOutcome outcome) {
    }

    @Schema(name = "JobError")
    public record ErrorView(ErrorCode code, String message, JobStatus failedStage, int attempts, Instant failedAt) {
    }

    @Schema(name = "JobRequest", description = "What the client asked for")
    public record RequestView(@Nullable String url, @Nullable String keyword, @Nullable ProductDetails product,
            @Nullable VideoScript script, JobOptions options,
            @Schema(description = "The batch this job is an item of; absent for a job asked for on its own")
            @Nullable String batchId) {
    }

    @Schema(name = "JobResults", description = "What the stages produced so far")
    public record ResultsView(@Nullable ProductDetails product, @Nullable VideoScript script,
            List<ArtifactView> artifacts,
            @Schema(description = "What the language model spent writing the script; absent when the offline writer"
                    + " wrote it or the client sent it") @Nullable UsageView scriptUsage,
            @Schema(description = "Where the result falls short of the request, and why: duration_short when the"
                    + " product's facts fill less than the durationSeconds asked for (by more than 15 %) and nothing"
                    + " is invented to fill it; empty for most jobs") List<JobWarning> warnings) {
    }

    @Schema(name = "TokenUsage", description = "Tokens a language model read and wrote: what its provider bills")
    public record UsageView(String model, long promptTokens, long completionTokens, long totalTokens,
            @Schema(description = "Model calls made for the script, a repair included") int requests) {

        static @Nullable UsageView of(@Nullable TokenUsage usage) {
            return usage == null ? null : new UsageView(usage.model(), usage.promptTokens(), usage.completionTokens(),
                    usage.totalTokens(), usage.requests());
        }
    }

    @Schema(name = "Artifact")
    public record ArtifactView(String name, String contentType, long size,
            @Schema(description = "Where to download it") String url) {
    }

    @Schema(name = "JobLinks")
    public record Links(String self, @Schema(description = "DELETE it to cancel; absent once the job is final")
            @Nullable String cancel, @Nullable String video, @Nullable String thumbnail) {
    }
}
