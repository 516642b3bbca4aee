package io.reelforge.common.stage;

/** Thrown from progress reporting when the job was canceled meanwhile, to stop work early; never retried. */
public class JobCanceledException extends RuntimeException {

    public JobCanceledException(String jobId) {
        this(jobId, "job " + jobId + " was canceled");
    }

    protected JobCanceledException(String jobId, String message) {
        super(message, null, false, false);
    }
}
