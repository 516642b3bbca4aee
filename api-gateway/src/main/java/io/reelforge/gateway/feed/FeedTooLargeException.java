package io.reelforge.gateway.feed;

/**
 * The feed has more items, or more bytes, than Reelforge reads in one go ({@link FeedLimits}). Reading stops at the
 * limit; the message names it.
 */
public class FeedTooLargeException extends RuntimeException {

    public FeedTooLargeException(String message) {
        super(message);
    }
}
