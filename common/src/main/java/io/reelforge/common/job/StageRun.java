package io.reelforge.common.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a job: when the job entered it, when a worker picked it up (and which one), when it ended.
 * Queue latency ({@code claimedAt - enteredAt}) and stage durations are derived from these, never stored twice.
 */
public record StageRun(JobStatus stage, Instant enteredAt, @Nullable Instant claimedAt, @Nullable String worker,
        @Nullable Instant endedAt, int attempt) {

    StageRun claimedBy(String workerId, Instant at) {
        return new StageRun(stage, enteredAt, at, workerId, endedAt, attempt);
    }

    StageRun ended(Instant at) {
        return new StageRun(stage, enteredAt, claimedAt, worker, at, attempt);
    }
}
