package io.reelforge.common.message;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change a client may want to hear about: published on {@link Topics#JOB_EVENTS} after each saved change.
 *
 * @param version the envelope's schema version
 * @param jobVersion the job's version after the change: orders a job's events and lets a listener that
 *        reconnects say which it has seen
 * @param attempt the job's attempt (1, plus one per retry)
 * @param progressDetail what the stage says of its progress, for people ("rendering 420/900 frames")
 * @param waiting the job is in {@code status}'s queue and no worker has claimed it yet
 */
public record JobEvent(int version, String jobId, String tenant, JobStatus status, int progress,
        @Nullable ErrorCode errorCode, Instant at, long jobVersion, int attempt, @Nullable String progressDetail,
        boolean waiting) {

    public static JobEvent of(Job job) {
        return new JobEvent(JobMessage.CURRENT_VERSION, job.id(), job.tenant(), job.status(), job.progress(),
                job.error() == null ? null : job.error().code(), job.updatedAt(), job.version(), job.attempt(),
                job.progressDetail(), job.waiting());
    }
}
