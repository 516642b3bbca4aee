package io.reelforge.gateway.feed;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of a feed Reelforge reads, meant to sit in the gateway's settings as {@code reelforge.gateway.feeds}.
 *
 * @param maxItems the most entries a feed may have (one batch's worth); a longer feed is refused, not cut
 * @param maxBytes the largest feed read, uploaded or fetched; a Merchant feed item is typically 1-2 KB, so the
 *        default leaves room for 10,000 items with long descriptions
 * @param fetchTimeout how long fetching a feed URL may take in all: connecting, redirects and the whole body
 */
public record FeedLimits(
        @Min(1) @DefaultValue(DEFAULT_MAX_ITEMS) int maxItems,
        @NotNull @DefaultValue(DEFAULT_MAX_BYTES) DataSize maxBytes,
        @NotNull @DefaultValue(DEFAULT_FETCH_TIMEOUT) Duration fetchTimeout) {

    public static final String DEFAULT_MAX_ITEMS = "10000";
    public static final String DEFAULT_MAX_BYTES = "32MB";
    public static final String DEFAULT_FETCH_TIMEOUT = "60s";

    public FeedLimits {
        // checked here too, not only by @Validated: the readers are also built by hand (tests, the command line)
        if (maxItems < 1) {
            throw new IllegalArgumentException("feeds.max-items must be at least 1, not " + maxItems);
        }
        if (maxBytes == null || maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("feeds.max-bytes must be at least 1 byte");
        }
        if (fetchTimeout == null || !fetchTimeout.isPositive()) {
            throw new IllegalArgumentException("feeds.fetch-timeout must be positive");
        }
    }

    public static FeedLimits defaults() {
        return new FeedLimits(Integer.parseInt(DEFAULT_MAX_ITEMS), DataSize.parse(DEFAULT_MAX_BYTES),
                DurationStyle.detectAndParse(DEFAULT_FETCH_TIMEOUT));
    }

    /** {@code maxBytes} as people write it: "32 MB", "512 KB", "1000 bytes". */
    String maxBytesText() {
        long bytes = maxBytes.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** {@code maxItems} with a thousands separator, as in the messages: "10,000". */
    String maxItemsText() {
        return String.format(java.util.Locale.ROOT, "%,d", maxItems);
    }
}
