package io.reelforge.scraper.fetch;

import java.time.Duration;

/**
 * How often a page answering 403, 408, 425, 429 or 5xx is asked again within one attempt of the stage, before the
 * job's own retries (minutes apart, through Kafka) take over: most such answers are a bot wall's or a load
 * balancer's hiccup that passes in seconds.
 *
 * @param attempts requests in all (1 = no quick retry)
 * @param maxWait the longest wait honoured: a {@code Retry-After} above it ends the quick retries at once
 * @param backoff the wait before the second request when the server names none; doubled each time
 */
public record FetchRetries(int attempts, Duration maxWait, Duration backoff) {

    public static FetchRetries defaults() {
        return new FetchRetries(3, Duration.ofSeconds(10), Duration.ofSeconds(1));
    }
}
