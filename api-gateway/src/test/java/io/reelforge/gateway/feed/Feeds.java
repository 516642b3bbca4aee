package io.reelforge.gateway.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.util.unit.DataSize;

/** What the feed tests share: a fixed "now" (Black Friday 2026, inside the sample feeds' sale), the sample files. */
final class Feeds {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Feeds() {
    }

    static FeedReader reader() {
        return new FeedReader(FeedLimits.defaults(), CLOCK);
    }

    static FeedLimits limits(int maxItems, DataSize maxBytes) {
        return new FeedLimits(maxItems, maxBytes, Duration.ofSeconds(5));
    }

    /** A file under {@code src/test/resources/feeds/}. */
    static byte[] resource(String name) {
        try (InputStream in = Feeds.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test feed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A Merchant RSS feed around the given {@code <item>} bodies. */
    static String rss(String... items) {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?>\n"
                + "<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\"><channel><title>t</title>\n");
        for (String item : items) {
            feed.append("<item>").append(item).append("</item>\n");
        }
        return feed.append("</channel></rss>\n").toString();
    }
}
