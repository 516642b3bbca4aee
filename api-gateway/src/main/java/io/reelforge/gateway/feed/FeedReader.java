package io.reelforge.gateway.feed;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Reads a product feed of any accepted format ({@link FeedFormat}): tells the format from the first bytes
 * ({@link FeedSniffer}), reads no more than {@link FeedLimits#maxBytes()} bytes and
 * {@link FeedLimits#maxItems()} entries (stopping as soon as either is passed, so an oversized feed costs no more
 * than the limit), and refuses a feed without a single entry.
 */
public class FeedReader {

    private final FeedLimits limits;
    private final CsvFeedReader csv;
    private final MerchantFeedReader merchant;

    public FeedReader(FeedLimits limits, Clock clock) {
        this.limits = limits;
        this.csv = new CsvFeedReader(limits, clock);
        this.merchant = new MerchantFeedReader(limits, clock);
    }

    public FeedLimits limits() {
        return limits;
    }

    /**
     * The feed in {@code body} (an upload, or a downloaded feed).
     *
     * @param contentType the Content-Type the feed came with, if any; its charset names a CSV's encoding
     * @throws InvalidFeedException when it is not a feed Reelforge reads, or has no entries
     * @throws FeedTooLargeException when it passes a limit
     */
    public ParsedFeed read(byte[] body, @Nullable String contentType) {
        try {
            return read(new ByteArrayInputStream(body), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory cannot fail to be read
        }
    }

    /**
     * The feed in {@code in}, read as it streams in (not closed here).
     *
     * @throws IOException when the stream itself fails (a broken upload)
     */
    public ParsedFeed read(InputStream in, @Nullable String contentType) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(new CappedInputStream(in, limits));
        buffered.mark(FeedSniffer.HEAD);
        byte[] head = buffered.readNBytes(FeedSniffer.HEAD);
        buffered.reset();
        FeedSniffer.Sniffed sniffed = FeedSniffer.sniff(head, contentType);
        ParsedFeed feed = sniffed.kind() == FeedSniffer.Kind.XML
                ? merchant.read(buffered)
                : csv.read(buffered, sniffed.charset());
        if (feed.entries() == 0) {
            throw new InvalidFeedException(feed.format() == FeedFormat.CSV
                    ? "The CSV has a header but no rows."
                    : "The feed has no " + (feed.format() == FeedFormat.MERCHANT_RSS ? "<item>." : "<entry>."));
        }
        return feed;
    }
}
