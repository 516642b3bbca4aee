package io.reelforge.common.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stage's start and end; queue latency and stage durations are derived from these, never stored twice. */
public record StageRun(JobStatus stage, Instant startedAt, @Nullable Instant endedAt, int attempt) {

    StageRun ended(Instant at) {
        return new StageRun(stage, startedAt, at, attempt);
    }
}
