package io.reelforge.gateway.job;

import io.reelforge.common.job.JobStatus;

/** A retry asked of a job that is not failed or canceled (it is still running, or it succeeded). */
public class JobNotRetryableException extends RuntimeException {

    private final JobStatus status;

    public JobNotRetryableException(String jobId, JobStatus status) {
        super("job " + jobId + " is " + status.wireName() + "; only failed or canceled jobs can be retried");
        this.status = status;
    }

    public JobStatus status() {
        return status;
    }
}
