package io.reelforge.common.stage;

import io.reelforge.common.job.ErrorCode;

/**
 * A failure that another attempt cannot fix (a 404 page, a page with no product, no usable image): the job fails
 * at once with this code and message. Raise it where the cause is known; everything else is retried.
 */
public class PermanentJobFailure extends RuntimeException {

    private final ErrorCode code;

    public PermanentJobFailure(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public PermanentJobFailure(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
