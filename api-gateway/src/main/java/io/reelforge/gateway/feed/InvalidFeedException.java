package io.reelforge.gateway.feed;

/**
 * The feed as a whole cannot be read: not a feed at all, malformed XML or CSV, a header without the columns
 * Reelforge needs, a DOCTYPE. The message says what is wrong in words fit for a problem's {@code detail}.
 */
public class InvalidFeedException extends RuntimeException {

    public InvalidFeedException(String message) {
        super(message);
    }
}
