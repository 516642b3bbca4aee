package io.reelforge.common.net;

import java.io.IOException;

/** The response body passed the configured size cap; the download was stopped there. */
public class ResponseTooLargeException extends IOException {
    public ResponseTooLargeException(String message) {
        super(message);
    }
}
