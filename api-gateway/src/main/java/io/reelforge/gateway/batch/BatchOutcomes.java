package io.reelforge.gateway.batch;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import org.jspecify.annotations.Nullable;

/** How a batch records what became of a finished job: {@code succeeded}, {@code canceled} or {@code failed:<code>}. */
final class BatchOutcomes {

    static final String SUCCEEDED = "succeeded";
    static final String CANCELED = "canceled";
    static final String FAILED_PREFIX = "failed:";
    /** A job whose record expired before the batch saw it finish. */
    static final String EXPIRED = FAILED_PREFIX + ErrorCode.INTERNAL_ERROR.code();

    private BatchOutcomes() {
    }

    static String of(Job job) {
        return switch (job.status()) {
            case SUCCEEDED -> SUCCEEDED;
            case CANCELED -> CANCELED;
            default -> FAILED_PREFIX + (job.error() == null ? ErrorCode.INTERNAL_ERROR.code() : job.error().code().code());
        };
    }

    /** The state an outcome reads as: succeeded, failed or canceled. */
    static String state(String outcome) {
        return outcome.startsWith(FAILED_PREFIX) ? "failed" : outcome;
    }

    /** The error code of a failed outcome, or null. */
    static @Nullable String errorCode(String outcome) {
        return outcome.startsWith(FAILED_PREFIX) ? outcome.substring(FAILED_PREFIX.length()) : null;
    }
}
