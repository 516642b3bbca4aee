package io.reelforge.gateway.feed;

/**
 * A feed URL that passed the address policy could not be downloaded: the server answered an error status, did not
 * answer in time, or dropped the connection. Worth trying again later, unlike {@link InvalidFeedException}.
 */
public class FeedUnavailableException extends RuntimeException {

    public FeedUnavailableException(String message) {
        super(message);
    }
}
