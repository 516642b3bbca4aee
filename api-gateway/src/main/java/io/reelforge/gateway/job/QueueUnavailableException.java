package io.reelforge.gateway.job;

import org.jspecify.annotations.Nullable;

/**
 * Kafka did not take a job's stage message. Either the job was saved and is now marked failed rather than left
 * waiting ({@link #jobId()} names it), or Kafka had just refused another job and nothing was saved at all.
 */
public class QueueUnavailableException extends RuntimeException {

    private final @Nullable String jobId;

    public QueueUnavailableException(String jobId, Throwable cause) {
        super("the job queue is unavailable; job " + jobId + " was not started", cause);
        this.jobId = jobId;
    }

    /** Nothing was saved: Kafka refused a job moments ago. */
    public QueueUnavailableException() {
        super("the job queue is unavailable; no job was created");
        this.jobId = null;
    }

    public @Nullable String jobId() {
        return jobId;
    }
}
