package io.reelforge.gateway.feed;

import static io.reelforge.gateway.feed.Feeds.resource;
import static io.reelforge.gateway.feed.Feeds.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.HostResolver;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.gateway.job.UrlNotAllowedException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The loader against a web server on loopback, which the policy allows by name as the demo's store is allowed. */
class FeedLoaderTest {

    private static final String FIELD = "feedUrl";

    private final FeedServer server = new FeedServer();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stop() {
        released.countDown();
        server.close();
    }

    private static ReelforgeProperties.Fetch fetch(List<String> allowedHosts) {
        return new ReelforgeProperties.Fetch(Duration.ofSeconds(2), Duration.ofSeconds(20), 5_242_880, 3,
                allowedHosts, "Reelforge-test", "en");
    }

    private static FeedLoader loader(UrlPolicy policy, List<String> allowedHosts, FeedLimits limits) {
        return new FeedLoader(policy, fetch(allowedHosts), new FeedReader(limits, Feeds.CLOCK));
    }

    private static FeedLoader loader() {
        List<String> loopback = List.of("127.0.0.1");
        return loader(new UrlPolicy(loopback), loopback, FeedLimits.defaults());
    }

    @Test
    void aMerchantFeedAtAUrlIsDownloadedAndRead() throws InterruptedException {
        String url = server.serve("/feeds/products.xml", "application/rss+xml", resource("merchant-rss.xml"));

        ParsedFeed feed = loader().load(url, FIELD);

        assertThat(feed.format()).isEqualTo(FeedFormat.MERCHANT_RSS);
        assertThat(feed.items()).hasSize(5);
        assertThat(feed.problems()).hasSize(1);
    }

    @Test
    void aCsvAtAUrlIsReadInTheCharsetTheServerNames() throws InterruptedException {
        byte[] latin1 = "url,title\nhttps://shop.example/p/1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        String url = server.serve("/catalog.csv", "text/csv; charset=ISO-8859-1", latin1);

        assertThat(loader().load(url, FIELD).items()).extracting(FeedItem::url)
                .containsExactly("https://shop.example/p/1");
    }

    @Test
    void aPrivateAddressIsRefusedAsABlockedUrlWithoutARequest() {
        String url = server.serve("/feed.xml", "application/rss+xml", resource("merchant-rss.xml"));
        FeedLoader strict = loader(new UrlPolicy(List.of()), List.of(), FeedLimits.defaults());

        assertThatThrownBy(() -> strict.load(url, FIELD))
                .isInstanceOfSatisfying(UrlNotAllowedException.class, e -> {
                    assertThat(e.field()).isEqualTo(FIELD);
                    assertThat(e.getMessage()).contains("non-public address");
                });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveIsRefusedAsABlockedUrl() {
        HostResolver nothing = host -> {
            throw new UnknownHostException(host);
        };
        FeedLoader loader = loader(new UrlPolicy(List.of(), nothing), List.of(), FeedLimits.defaults());

        assertThatThrownBy(() -> loader.load("https://feeds.nowhere.test/products.xml", FIELD))
                .isInstanceOf(UrlNotAllowedException.class)
                .hasMessageContaining("does not resolve");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedAsABlockedUrl() {
        HostResolver store = host -> List.of(InetAddress.getLoopbackAddress());
        FeedLoader loader = loader(new UrlPolicy(List.of("feeds.store.test"), store), List.of("feeds.store.test"),
                FeedLimits.defaults());
        server.handle("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.7/internal/feed.xml");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> loader.load("http://feeds.store.test:" + server.port() + "/feed.xml", FIELD))
                .isInstanceOf(UrlNotAllowedException.class)
                .hasMessageContaining("10.0.0.7");
    }

    @Test
    void anErrorStatusMakesTheFeedUnavailable() {
        assertThatThrownBy(() -> loader().load(server.url("/gone.xml"), FIELD))
                .isInstanceOf(FeedUnavailableException.class)
                .hasMessage("The feed at " + server.url("/gone.xml") + " could not be downloaded: the server answered"
                        + " HTTP 404.");
    }

    @Test
    void theQueryOfAFeedUrlNeverAppearsInAnError() {
        // feed URLs often carry an access token
        assertThatThrownBy(() -> loader().load(server.url("/gone.xml?token=s3cr3t-feed-token"), FIELD))
                .isInstanceOf(FeedUnavailableException.class)
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aFeedLargerThanTheByteLimitStopsTheDownloadNamingTheLimit() {
        String url = server.serve("/big.csv", "text/csv", utf8("url\n" + "https://shop.example/p/1\n".repeat(4000)));
        List<String> loopback = List.of("127.0.0.1");
        FeedLoader small = loader(new UrlPolicy(loopback), loopback,
                new FeedLimits(10_000, DataSize.ofKilobytes(16), Duration.ofSeconds(20)));

        assertThatThrownBy(() -> small.load(url, FIELD))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessage("The feed is larger than 16 KB, the most Reelforge reads; split it into several feeds.");
    }

    @Test
    void aServerThatNeverFinishesIsCutOffAtTheFetchDeadline() {
        String url = server.handle("/slow.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"));
            body.flush();
            try {
                released.await(30, TimeUnit.SECONDS); // holds the rest back until the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        List<String> loopback = List.of("127.0.0.1");
        FeedLoader impatient = loader(new UrlPolicy(loopback), loopback,
                new FeedLimits(10_000, DataSize.ofMegabytes(1), Duration.ofSeconds(1)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.load(url, FIELD))
                .isInstanceOf(FeedUnavailableException.class)
                .hasMessage("The feed at " + url + " did not arrive within 1 s; try again later.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aWebPageAtTheUrlIsNotAFeed() {
        String url = server.serve("/shop", "text/html", utf8("<!doctype html><html><body>Our shop</body></html>"));

        assertThatThrownBy(() -> loader().load(url, FIELD))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The document is a web page (HTML)");
    }
}
