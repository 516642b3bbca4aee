package io.reelforge.common.stage;

import io.reelforge.common.job.ErrorCode;

/**
 * A failure worth retrying (a timeout, a 503, an overloaded model). When the retries run out, the job fails with
 * this code and message, so the client learns what kept failing.
 */
public class TransientJobFailure extends RuntimeException {

    private final ErrorCode code;

    public TransientJobFailure(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public TransientJobFailure(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
