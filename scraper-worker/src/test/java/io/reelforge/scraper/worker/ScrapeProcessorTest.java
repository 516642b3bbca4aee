package io.reelforge.scraper.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.net.HostResolver;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.scraper.extract.ProductExtractor;
import io.reelforge.scraper.fetch.FetchRetries;
import io.reelforge.scraper.fetch.PageLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scraping stage against a local web site: what each kind of page and failure becomes. */
class ScrapeProcessorTest {

    private static final int MAX_BYTES = 1024 * 1024;

    private LocalSite site;
    /** Three requests, waits honoured up to 2 s, 10 ms first backoff: fast enough for tests. */
    private static final FetchRetries QUICK_RETRIES = new FetchRetries(3, Duration.ofSeconds(2), Duration.ofMillis(10));

    private final RecordingContext context = new RecordingContext();

    @BeforeEach
    void startSite() throws IOException {
        site = LocalSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private static ScrapeProcessor processor(Duration timeout) {
        return processor(timeout, HostResolver.SYSTEM);
    }

    private static ScrapeProcessor processor(Duration timeout, HostResolver resolver) {
        var settings = new ReelforgeProperties.Fetch(timeout, timeout, MAX_BYTES, 3, List.of("127.0.0.1"),
                "Reelforge-test", "en");
        SafeHttpClient http = new SafeHttpClient(new UrlPolicy(List.of("127.0.0.1"), resolver), settings);
        return new ScrapeProcessor(new PageLoader(http, QUICK_RETRIES), new ProductExtractor());
    }

    private <T extends Throwable> T failure(ScrapeProcessor processor, String url, Class<T> type) {
        return catchThrowableOfType(type, () -> processor.process(
                JobMessage.of("job-1", "default", 1, new ScrapeRequest(url), Instant.now()), new ScrapeRequest(url),
                context));
    }

    private ProductDetails scrape(String url) throws Exception {
        StageOutcome outcome = processor(Duration.ofSeconds(5)).process(
                JobMessage.of("job-1", "default", 1, new ScrapeRequest(url), Instant.now()), new ScrapeRequest(url),
                context);
        return ((StageOutcome.Scraped) outcome).product();
    }

    private <T extends Throwable> T failure(String url, Class<T> type) {
        return catchThrowableOfType(type, () -> scrape(url));
    }

    static byte[] page(String resource) {
        try (InputStream raw = ScrapeProcessorTest.class.getResourceAsStream("/pages/" + resource)) {
            return (resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void returnsTheProductOnARealPage() throws Exception {
        site.serve("/products/ostrichpillow-original", 200, "text/html",
                page("fathom-ostrichpillow/source.html.gz"));

        ProductDetails product = scrape(site.url("/products/ostrichpillow-original"));

        assertThat(product.title()).isEqualTo("OSTRICHPILLOW® Original");
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("99"));
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.images()).isNotEmpty().allSatisfy(image -> assertThat(image).startsWith("http"));
        assertThat(context.progress()).isNotEmpty().last().isEqualTo(1.0);
    }

    @Test
    void followsRedirectsAndResolvesRelativeUrlsAgainstTheFinalAddress() throws Exception {
        site.redirect("/old/mug", "/shop/mug")
                .serve("/shop/mug", 200, "text/html; charset=utf-8", """
                        <html><head><title>Stoneware Mug</title><meta property="og:type" content="product">
                        <meta property="og:image" content="img/mug.jpg"></head><body><h1>Stoneware Mug</h1></body></html>"""
                        .getBytes(StandardCharsets.UTF_8));

        ProductDetails product = scrape(site.url("/old/mug"));

        assertThat(product.url()).isEqualTo(site.url("/shop/mug"));
        assertThat(product.images()).containsExactly(site.url("/shop/img/mug.jpg"));
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void aMissingPageFailsTheJobAtOnceAsPageNotFound(int status) {
        site.serve("/gone", status, "text/html", "<h1>Gone</h1>".getBytes(StandardCharsets.UTF_8));

        PermanentJobFailure failure = failure(site.url("/gone"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.PAGE_NOT_FOUND);
        assertThat(failure.getMessage()).contains(site.url("/gone"), String.valueOf(status), "Check the URL");
    }

    @Test
    void aPdfFailsTheJobAtOnceAsNotHtml() {
        site.serve("/manual.pdf", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        PermanentJobFailure failure = failure(site.url("/manual.pdf"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.NOT_HTML);
        assertThat(failure.getMessage()).contains("application/pdf", site.url("/manual.pdf"));
    }

    @Test
    void anArticleFailsTheJobAtOnceAsNotAProductPage() {
        site.serve("/blog/brewing", 200, "text/html; charset=utf-8", page("article.html"));

        PermanentJobFailure failure = failure(site.url("/blog/brewing"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.NOT_A_PRODUCT_PAGE);
        assertThat(failure.getMessage()).contains(site.url("/blog/brewing"), "single product");
    }

    @ParameterizedTest
    @ValueSource(ints = {503, 500, 429, 403})
    void aServerErrorOrRateLimitIsRetriedAsFetchFailed(int status) {
        site.serve("/busy", status, "text/html", "<h1>Busy</h1>".getBytes(StandardCharsets.UTF_8));

        TransientJobFailure failure = failure(site.url("/busy"), TransientJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.FETCH_FAILED);
        assertThat(failure.getMessage()).contains("HTTP " + status, site.url("/busy"), "try again later");
        assertThat(site.hits("/busy")).as("asked three times within the stage").isEqualTo(3);
    }

    @Test
    void aPassingServerErrorIsRetriedWithinTheStageHonouringRetryAfter() throws Exception {
        site.serve("/p", 200, "text/html", page("fathom-ostrichpillow/source.html.gz"))
                .failFirst("/p", 2, 503, Map.of("Retry-After", "1"));

        long start = System.nanoTime();
        ProductDetails product = scrape(site.url("/p"));

        assertThat(product.title()).isNotBlank();
        assertThat(site.hits("/p")).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two waits of Retry-After: 1")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aShopifyProductJsonDocumentIsReadAsAProduct() throws Exception {
        site.serve("/products/tee.json", 200, "application/json; charset=utf-8", """
                {"product": {"title": "Happy Soba Tee", "vendor": "MochiKids", "body_html": "<p>Soft</p>",
                 "variants": [{"price": "25.00", "sku": "HS-2T"}], "images": [{"src": "https://cdn.shopify.com/tee.jpg"}]}}"""
                .getBytes(StandardCharsets.UTF_8));

        ProductDetails product = scrape(site.url("/products/tee.json"));

        assertThat(product.title()).isEqualTo("Happy Soba Tee");
        assertThat(product.price()).isEqualByComparingTo("25.00");
        assertThat(product.images()).containsExactly("https://cdn.shopify.com/tee.jpg");
        assertThat(product.sources()).containsEntry("price", "shopify");
    }

    @Test
    void jsonThatIsNoProductIsNotAProductPage() {
        site.serve("/api/cart.json", 200, "application/json", "{\"items\": []}".getBytes(StandardCharsets.UTF_8));

        PermanentJobFailure failure = failure(site.url("/api/cart.json"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.NOT_A_PRODUCT_PAGE);
    }

    @Test
    void aRetryAfterLongerThanTheCapLeavesTheRetryToTheJob() {
        site.serve("/p", 200, "text/html", page("fathom-ostrichpillow/source.html.gz"))
                .failFirst("/p", 1, 429, Map.of("Retry-After", "3600"));

        TransientJobFailure failure = failure(site.url("/p"), TransientJobFailure.class);

        assertThat(failure.getMessage()).contains("HTTP 429");
        assertThat(site.hits("/p")).isEqualTo(1);
    }

    @Test
    void anyOtherClientErrorFailsTheJobAtOnceAsFetchFailed() {
        site.serve("/bad", 400, "text/html", "<h1>Bad request</h1>".getBytes(StandardCharsets.UTF_8));

        PermanentJobFailure failure = failure(site.url("/bad"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.FETCH_FAILED);
        assertThat(failure.getMessage()).contains("HTTP 400");
    }

    @Test
    void aRedirectToAPrivateAddressIsBlocked() {
        site.redirect("/go", "http://192.168.1.1/admin");

        PermanentJobFailure failure = failure(site.url("/go"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.BLOCKED_URL);
        assertThat(failure.getMessage()).contains("192.168.1.1");
    }

    @Test
    void aUrlThatIsNotWebAddressIsBlocked() {
        assertThat(failure("ftp://127.0.0.1/file", PermanentJobFailure.class).code()).isEqualTo(ErrorCode.BLOCKED_URL);
        assertThat(failure("not a url", PermanentJobFailure.class).code()).isEqualTo(ErrorCode.BLOCKED_URL);
    }

    @Test
    void aBodyAboveTheSizeCapFailsTheJobAtOnce() {
        site.serve("/huge", 200, "text/html", ("<html><body>" + "x".repeat(MAX_BYTES + 1) + "</body></html>")
                .getBytes(StandardCharsets.US_ASCII));

        PermanentJobFailure failure = failure(site.url("/huge"), PermanentJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.FETCH_FAILED);
        assertThat(failure.getMessage()).contains("too large", String.valueOf(MAX_BYTES));
    }

    @Test
    void aRefusedConnectionIsRetriedAsFetchFailed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        TransientJobFailure failure = failure("http://127.0.0.1:" + closedPort + "/p", TransientJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.FETCH_FAILED);
        assertThat(failure.getMessage()).contains("try again");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRetriedAsTimeout() {
        site.hang("/slow");

        TransientJobFailure failure = failure(processor(Duration.ofMillis(300)), site.url("/slow"),
                TransientJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failure.getMessage()).contains(site.url("/slow"), "did not arrive within 300 ms");
    }

    @Test
    void aPageTricklingPastTheWholeFetchDeadlineFailsWithTimeout() {
        // one byte a second: every read is answered, the page as a whole never arrives in time
        site.trickle("/trickle", Duration.ofSeconds(1));

        long start = System.nanoTime();
        TransientJobFailure failure = failure(processor(Duration.ofMillis(1500)), site.url("/trickle"),
                TransientJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failure.getMessage()).contains("did not arrive within 1500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void theQuickRetriesStayWithinThePagesDeadline() {
        site.serve("/busy", 503, "text/html", "<h1>Busy</h1>".getBytes(StandardCharsets.UTF_8))
                .failFirst("/busy", 5, 503, Map.of("Retry-After", "1"));

        long start = System.nanoTime();
        TransientJobFailure failure = failure(processor(Duration.ofMillis(1500)), site.url("/busy"),
                TransientJobFailure.class);

        assertThat(failure.getMessage()).contains("HTTP 503");
        assertThat(site.hits("/busy")).as("a second wait of 1 s would end past the 1.5 s deadline").isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aHostThatDoesNotResolveFailsWithHostNotFoundNotAsAPolicyBlock() {
        ScrapeProcessor processor = processor(Duration.ofSeconds(5), host -> {
            throw new UnknownHostException(host);
        });

        TransientJobFailure failure = failure(processor, "https://no-such-store.invalid/p/1",
                TransientJobFailure.class);

        assertThat(failure.code()).isEqualTo(ErrorCode.HOST_NOT_FOUND);
        assertThat(failure.getMessage()).contains("no-such-store.invalid", "typo");
    }
}
