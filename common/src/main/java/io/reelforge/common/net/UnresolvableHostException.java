package io.reelforge.common.net;

import java.io.IOException;

/** The URL's host has no address: a typo, or a passing DNS failure. Not a policy refusal, so it may be retried. */
public class UnresolvableHostException extends IOException {
    public UnresolvableHostException(String message) {
        super(message);
    }
}
