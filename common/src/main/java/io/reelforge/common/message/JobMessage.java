package io.reelforge.common.message;

import java.time.Instant;

/**
 * The envelope of every stage message, keyed by job id on the wire so one job's messages stay in order on one
 * partition. {@code version} is the envelope's schema version; readers ignore fields they do not know.
 *
 * @param attempt how many times this job has been driven through the pipeline (1 for a fresh job)
 */
public record JobMessage(int version, String jobId, String tenant, int attempt, Instant createdAt,
        StagePayload payload) {

    public static final int CURRENT_VERSION = 1;

    public static JobMessage of(String jobId, String tenant, int attempt, StagePayload payload, Instant now) {
        return new JobMessage(CURRENT_VERSION, jobId, tenant, attempt, now, payload);
    }

    /** The message for the next stage of the same job. */
    public JobMessage next(StagePayload nextPayload, Instant now) {
        return new JobMessage(CURRENT_VERSION, jobId, tenant, attempt, now, nextPayload);
    }
}
