package io.reelforge.common.job;

import java.time.Instant;

/** Why a job failed, as data: a stable code, a message a person can act on, where and when. Never a stack trace. */
public record JobError(ErrorCode code, String message, JobStatus failedStage, int attempts, Instant failedAt) {
}
