package io.reelforge.gateway.feed;

import static io.reelforge.gateway.feed.Feeds.resource;
import static io.reelforge.gateway.feed.Feeds.rss;
import static io.reelforge.gateway.feed.Feeds.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FeedReaderTest {

    private final FeedReader reader = Feeds.reader();

    private static String rssItems(int count) {
        String[] items = new String[count];
        for (int i = 0; i < count; i++) {
            items[i] = "<g:id>" + i + "</g:id><link>https://shop.example/p/" + i + "</link>";
        }
        return rss(items);
    }

    private static String csvRows(int count) {
        StringBuilder csv = new StringBuilder("id,url\n");
        for (int i = 0; i < count; i++) {
            csv.append(i).append(",https://shop.example/p/").append(i).append('\n');
        }
        return csv.toString();
    }

    @Test
    void anRssFeedIsRecognisedByItsFirstBytesWhateverTheContentTypeSays() {
        ParsedFeed feed = reader.read(resource("merchant-rss.xml"), "text/plain");

        assertThat(feed.format()).isEqualTo(FeedFormat.MERCHANT_RSS);
        assertThat(feed.entries()).isEqualTo(6);
    }

    @Test
    void anAtomFeedIsRecognisedByItsRootElement() {
        assertThat(reader.read(resource("merchant-atom.xml"), "application/atom+xml").format())
                .isEqualTo(FeedFormat.MERCHANT_ATOM);
    }

    @Test
    void textThatDoesNotStartWithATagIsReadAsCsv() {
        assertThat(reader.read(resource("catalog.csv"), null).format()).isEqualTo(FeedFormat.CSV);
    }

    @Test
    void blankLinesAndAByteOrderMarkBeforeTheXmlAreFine() {
        byte[] feed = utf8("\uFEFF\n\n  " + rssItems(1).replaceFirst("<\\?xml[^>]*>", ""));

        assertThat(reader.read(feed, "application/rss+xml").format()).isEqualTo(FeedFormat.MERCHANT_RSS);
    }

    @Test
    void theContentTypesCharsetIsTheCsvsEncoding() {
        byte[] latin1 = "url,title\nhttps://shop.example/p/1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(latin1, "text/csv; charset=ISO-8859-1").items()).hasSize(1);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThatThrownBy(() -> reader.read(new byte[0], "text/csv"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed is empty.");
    }

    @Test
    void aBodyOfOnlyWhiteSpaceIsRefusedAsEmpty() {
        assertThatThrownBy(() -> reader.read(utf8(" \r\n\t\n"), null))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed is empty.");
    }

    @Test
    void aCsvWithAHeaderButNoRowsIsRefused() {
        assertThatThrownBy(() -> reader.read(utf8("url,title\n\n"), "text/csv"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The CSV has a header but no rows.");
    }

    @Test
    void anRssFeedWithoutItemsIsRefused() {
        assertThatThrownBy(() -> reader.read(utf8(rss()), "application/rss+xml"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed has no <item>.");
    }

    @Test
    void aWebPageIsRefusedAsAWebPage() {
        assertThatThrownBy(() -> reader.read(utf8("<!DOCTYPE html><html><body>Shop</body></html>"), "text/html"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The document is a web page (HTML), not a product feed");
    }

    @Test
    void jsonIsRefusedNamingTheFormatsThatAreRead() {
        assertThatThrownBy(() -> reader.read(utf8("{\"products\": []}"), "application/json"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The feed is JSON; Reelforge reads product feeds as CSV, or as RSS 2.0 or Atom");
    }

    @Test
    void proseIsNotAFeed() {
        assertThatThrownBy(() -> reader.read(utf8("Dear customer,\nour catalog is attached.\n"), "text/plain"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The CSV needs a url column");
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() {
        byte[] garbage = new byte[4096];
        new Random(12).nextBytes(garbage);
        garbage[0] = 'x'; // not a known file signature: just bytes

        assertThatThrownBy(() -> reader.read(garbage, "application/octet-stream"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed is not text: a product feed is a CSV file or an RSS or Atom XML file.");
    }

    @Test
    void aSpreadsheetIsRefusedWithTheWayToExportIt() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertThatThrownBy(() -> reader.read(xlsx, null))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("save the sheet as CSV (UTF-8)");
    }

    @Test
    void aCompressedFeedIsRefusedAsCompressed() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(resource("merchant-rss.xml"));
        }

        assertThatThrownBy(() -> reader.read(gzip.toByteArray(), "application/gzip"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed is compressed (gzip): send the uncompressed file.");
    }

    @Test
    void anRssFeedOfMoreThanTenThousandItemsIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> reader.read(utf8(rssItems(10_001)), "application/rss+xml"))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessage("The feed has more than 10,000 items, the most one feed may have; split it into several"
                        + " feeds.");
    }

    @Test
    void aCsvOfMoreThanTenThousandRowsIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> reader.read(utf8(csvRows(10_001)), "text/csv"))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessageContaining("more than 10,000 items");
    }

    @Test
    void aFeedOfExactlyTenThousandItemsIsRead() {
        assertThat(reader.read(utf8(rssItems(10_000)), "application/rss+xml").items()).hasSize(10_000);
    }

    @Test
    void readingStopsAtTheItemPastTheLimitWithoutReadingOn() {
        FeedReader small = new FeedReader(Feeds.limits(2, DataSize.ofMegabytes(1)), Feeds.CLOCK);
        // malformed after the third item: the limit must be noticed before the parser gets there
        String feed = rssItems(3).replace("</channel></rss>", "<broken></channel>");

        assertThatThrownBy(() -> small.read(utf8(feed), null)).isInstanceOf(FeedTooLargeException.class);
    }

    @Test
    void anXmlFeedLargerThanTheByteLimitIsRefusedNamingTheLimit() {
        FeedReader small = new FeedReader(Feeds.limits(10_000, DataSize.ofKilobytes(4)), Feeds.CLOCK);

        assertThatThrownBy(() -> small.read(utf8(rssItems(200)), "application/rss+xml"))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessage("The feed is larger than 4 KB, the most Reelforge reads; split it into several feeds.");
    }

    @Test
    void aCsvLargerThanTheByteLimitIsRefused() {
        FeedReader small = new FeedReader(Feeds.limits(10_000, DataSize.ofKilobytes(4)), Feeds.CLOCK);

        assertThatThrownBy(() -> small.read(utf8(csvRows(200)), "text/csv"))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessageContaining("larger than 4 KB");
    }

    @Test
    void aStreamIsReadNoFurtherThanTheByteLimit() {
        FeedReader small = new FeedReader(Feeds.limits(10_000, DataSize.ofKilobytes(4)), Feeds.CLOCK);
        EndlessCsv endless = new EndlessCsv();

        assertThatThrownBy(() -> small.read(endless, "text/csv")).isInstanceOf(FeedTooLargeException.class);
        assertThat(endless.served).isLessThanOrEqualTo(4 * 1024 + 8192); // the limit, and at most one buffer more
    }

    /** A CSV upload that never ends, counting the bytes taken from it. */
    private static final class EndlessCsv extends InputStream {
        private final byte[] header = utf8("url\n");
        private final byte[] row = utf8("https://shop.example/p/1\n");
        private long served;

        @Override
        public int read() {
            int b = served < header.length ? header[(int) served] : row[(int) ((served - header.length) % row.length)];
            served++;
            return b;
        }
    }
}
