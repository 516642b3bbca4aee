package io.reelforge.common.message;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change a client may want to hear about: published on {@link Topics#JOB_EVENTS} after each saved change. */
public record JobEvent(int version, String jobId, String tenant, JobStatus status, int progress,
        @Nullable ErrorCode errorCode, Instant at) {

    public static JobEvent of(Job job) {
        return new JobEvent(JobMessage.CURRENT_VERSION, job.id(), job.tenant(), job.status(), job.progress(),
                job.error() == null ? null : job.error().code(), job.updatedAt());
    }
}
