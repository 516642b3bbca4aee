package io.reelforge.scraper;

import io.reelforge.scraper.extract.ExtractionLimits;
import io.reelforge.scraper.fetch.FetchRetries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the scraper worker, under {@code reelforge.scraper.*}. Fetch limits (timeouts, size cap, redirects,
 * allowed hosts) are shared by every service and live under {@code reelforge.fetch.*}.
 *
 * @param maxImages product images kept, best first (the defaults are {@link ExtractionLimits#defaults()})
 * @param maxFeatures bullet points kept
 * @param maxDescriptionLength characters of description kept, cut at a word boundary
 * @param retries quick retries within the stage of a page answering 403, 429 or 5xx
 * @param concurrency pages fetched at once by one worker, each on its own consumer thread and partition: a slow
 *        page holds one of them, the others go on (at most {@code reelforge.kafka.partitions})
 */
@Validated
@ConfigurationProperties("reelforge.scraper")
public record ScraperProperties(
        @Min(1) @Max(50) @DefaultValue("10") int maxImages,
        @Min(0) @Max(50) @DefaultValue("10") int maxFeatures,
        @Min(100) @Max(20000) @DefaultValue("2000") int maxDescriptionLength,
        @Valid @DefaultValue Retries retries,
        @Min(1) @Max(64) @DefaultValue(DEFAULT_CONCURRENCY) int concurrency) {

    /** A fetch mostly waits on the network: four at once keep a small worker busy without crowding it. */
    public static final String DEFAULT_CONCURRENCY = "4";

    public ExtractionLimits limits() {
        return new ExtractionLimits(maxImages, maxFeatures, maxDescriptionLength);
    }

    /**
     * @param attempts requests in all within one attempt of the stage (1 = none repeated)
     * @param maxWait the longest {@code Retry-After} honoured; a longer one leaves the retry to the job
     * @param backoff the first wait when the server names none, doubled each time
     */
    public record Retries(
            @Min(1) @Max(10) @DefaultValue("3") int attempts,
            @NotNull @DefaultValue("10s") Duration maxWait,
            @NotNull @DefaultValue("1s") Duration backoff) {

        public FetchRetries toFetchRetries() {
            return new FetchRetries(attempts, maxWait, backoff);
        }
    }
}
