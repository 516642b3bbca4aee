package io.reelforge.common.net;

import java.io.IOException;

/** The URL is not one Reelforge may fetch: wrong scheme, a private or special address, or too many redirects. */
public class BlockedUrlException extends IOException {
    public BlockedUrlException(String message) {
        super(message);
    }
}
