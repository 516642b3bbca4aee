package io.reelforge.common.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one saved version of a job looked like, in brief: the store keeps a log of these per job, so a listener
 * that missed some versions (a client reconnecting to a live stream) can catch up on exactly those.
 *
 * @param waiting the job is in {@code status}'s queue and no worker has claimed it yet (see {@link Job#waiting()})
 */
public record JobChange(long version, JobStatus status, int progress, int attempt, @Nullable ErrorCode errorCode,
        Instant at, @Nullable String progressDetail, boolean waiting) {

    public static JobChange of(Job job) {
        return new JobChange(job.version(), job.status(), job.progress(), job.attempt(),
                job.error() == null ? null : job.error().code(), job.updatedAt(), job.progressDetail(), job.waiting());
    }

    /** The state clients see, by the rule of {@link Job#visibleStatus()}: {@code queued} while waiting for a worker. */
    public JobStatus visibleStatus() {
        return waiting ? JobStatus.QUEUED : status;
    }
}
