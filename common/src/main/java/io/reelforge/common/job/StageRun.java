package io.reelforge.common.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run of a stage: when the job entered it, when a worker picked it up (and which one), when and how it ended.
 * Queue latency ({@code claimedAt - enteredAt}) and stage durations are derived from these, never stored twice. A
 * stage whose worker died appears twice: the abandoned run ({@link RunOutcome#LOST}) and the one that replaced it.
 *
 * @param outcome how the run ended; null while it is open
 */
public record StageRun(JobStatus stage, Instant enteredAt, @Nullable Instant claimedAt, @Nullable String worker,
        @Nullable Instant endedAt, int attempt, @Nullable RunOutcome outcome) {

    /** A run just entered: no worker has it yet. */
    static StageRun entered(JobStatus stage, Instant at, int attempt) {
        return new StageRun(stage, at, null, null, null, attempt, null);
    }

    public boolean open() {
        return endedAt == null;
    }

    /** Open and taken by a worker: the run a lease covers. */
    public boolean claimed() {
        return open() && claimedAt != null;
    }

    StageRun claimedBy(String workerId, Instant at) {
        return new StageRun(stage, enteredAt, at, workerId, endedAt, attempt, outcome);
    }

    StageRun ended(Instant at, RunOutcome how) {
        return new StageRun(stage, enteredAt, claimedAt, worker, at, attempt, how);
    }
}
