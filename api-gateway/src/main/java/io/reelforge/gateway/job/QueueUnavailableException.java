package io.reelforge.gateway.job;

/** The job was saved but its first stage could not be queued, so it was marked failed rather than left waiting. */
public class QueueUnavailableException extends RuntimeException {

    private final String jobId;

    public QueueUnavailableException(String jobId, Throwable cause) {
        super("the job queue is unavailable; job " + jobId + " was not started", cause);
        this.jobId = jobId;
    }

    public String jobId() {
        return jobId;
    }
}
