package io.reelforge.gateway.job;

import io.reelforge.common.job.JobStatus;

/** A change asked of a job that has already reached a final state (succeeded, failed or canceled). */
public class JobAlreadyFinishedException extends RuntimeException {

    private final JobStatus status;

    public JobAlreadyFinishedException(String jobId, JobStatus status) {
        super("job " + jobId + " has already " + status.wireName());
        this.status = status;
    }

    public JobStatus status() {
        return status;
    }
}
