package io.reelforge.gateway.events;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobChange;
import io.reelforge.common.job.JobStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The data of one Server-Sent Event: the job's state after a change. */
@Schema(name = "JobEvent")
public record JobEventView(String id, JobStatus status, @Nullable JobStatus stage, int progress,
        @Schema(example = "rendering 420/900 frames") @Nullable String progressDetail, int attempt, long version,
        @Nullable ErrorCode errorCode, Instant at) {

    static JobEventView of(String jobId, JobChange change) {
        return new JobEventView(jobId, change.visibleStatus(),
                change.status().isStage() ? change.status() : null,
                change.progress(), change.progressDetail(), change.attempt(), change.version(), change.errorCode(),
                change.at());
    }
}
