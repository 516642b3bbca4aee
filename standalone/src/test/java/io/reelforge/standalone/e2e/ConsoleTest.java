package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.gateway.webhook.WebhookSignatures;
import io.reelforge.standalone.stack.LocalStack;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The web console in a real browser (Debian's headless Chromium) against the whole stack, with the fake OpenAI
 * server writing and speaking the scripts: one stack and one browser for every test, each test a tenant of its own.
 * Every screen is scanned with axe-core and photographed into target/console-screenshots.
 */
class ConsoleTest {

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    /** The test's own requests to the stack and the store: one client for the class, not one per request. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static FakeOpenAiServer openAi;
    private static CountingStore store;
    private static LocalStack stack;
    private static ConsoleBrowser browser;
    private static AxeScan axe;

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        if (ConsoleBrowser.missing().isPresent()) {
            return; // each test is skipped, saying why (an assumption here would skip the class without a word)
        }
        axe = AxeScan.load();
        openAi = FakeOpenAiServer.start();
        store = CountingStore.start();
        stack = LocalStack.start(data.resolve("stack"), 0, List.of(
                "--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.kafka.partitions=2",
                // the offline writer's scripts, not the simulated model's placeholders: the job screen's picture
                // is the README's (docs/images/console.png), and should show a script as a store owner sees one
                "--reelforge.script.engine=template",
                "--reelforge.media.tts.engine=openai",
                "--reelforge.media.openai.api-key=sk-console-test",
                "--reelforge.media.openai.base-url=" + openAi.baseUrl(),
                "--reelforge.media.openai.languages=en",
                "--reelforge.media.openai.voices=alloy:en"));
        browser = ConsoleBrowser.start(stack.settings().gatewayUrl(), Files.createDirectories(data.resolve("downloads")),
                SCREENSHOTS);
    }

    @BeforeEach
    void skipWithoutChromium() {
        Optional<String> missing = ConsoleBrowser.missing();
        assumeTrue(missing.isEmpty(), () -> "Console browser test skipped: " + missing.orElseThrow());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {browser, stack, store, openAi}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @Test
    void aPastedKeyIsCheckedAndKeptInThisTabOnly() throws Exception {
        Api api = Api.withNewKey(stack, "console-sign-in");
        browser.reset();
        WebElement key = browser.awaitElement(By.name("key"));
        key.sendKeys("rk_thisKeyWasNeverMade");
        key.submit();
        assertThat(browser.text(By.cssSelector(".field-error"))).contains("refused");
        assertThat(key.getAttribute("aria-invalid")).isEqualTo("true");
        axe.assertNoSeriousViolations(browser, "sign-in");
        browser.screenshot("sign-in");

        key.clear();
        key.sendKeys(api.key());
        key.submit();

        assertThat(browser.text(By.id("account-name"))).contains("console-sign-in");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/new").doesNotContain(api.key());
        assertThat(browser.script("return JSON.stringify(sessionStorage)").toString()).contains(api.key());
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        browser.awaitElement(By.id("sign-out")).click();
        browser.awaitElement(By.name("key"));
        assertThat(browser.script("return JSON.stringify(sessionStorage)").toString()).doesNotContain(api.key());
    }

    @Test
    void aFieldTheGatewayRefusesIsNamedNextToIt() throws Exception {
        browser.signIn(Api.withNewKey(stack, "console-refused").key());
        browser.open("#/new");
        browser.fill("url", store.productUrl());
        WebElement length = browser.fill("durationSeconds", "3");
        length.submit();

        WebElement error = browser.awaitElement(By.id(length.getAttribute("id") + "-error"));
        assertThat(error.getText()).isEqualTo("must be between 5 and 180 seconds");
        assertThat(length.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(length.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    }

    @Test
    void aProductPageBecomesAVideoThatPlaysInThePage() throws Exception {
        browser.signIn(Api.withNewKey(stack, "console-video").key());
        browser.open("#/new");
        browser.fill("url", store.productUrl());
        WebElement length = browser.fill("durationSeconds", "5");
        axe.assertNoSeriousViolations(browser, "new video");
        browser.screenshot("new-video");
        length.submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().matches(".*#/jobs/[^/]+$"));
        Set<Long> progressSeen = new TreeSet<>();
        Set<String> stagesWorking = new TreeSet<>();
        await().atMost(JOB_TIMEOUT).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
            progressSeen.add(((Number) browser.script("return document.querySelector('progress').value")).longValue());
            browser.driver().findElements(By.cssSelector(".stage.working"))
                    .forEach(stage -> stagesWorking.add(stage.getAttribute("data-stage")));
            return "succeeded".equals(browser.shownStatus());
        });

        assertThat(progressSeen).as("progress shown while the job ran").anyMatch(p -> p > 0 && p < 100);
        assertThat(stagesWorking).as("stages shown at work").contains("rendering");
        assertThat(browser.driver().findElements(By.cssSelector(".stage")))
                .extracting(stage -> stage.getAttribute("data-state")).containsExactly("done", "done", "done");
        assertThat(browser.text(By.cssSelector(".product-name"))).isEqualTo("Halcyon ANC Wireless Headphones");
        assertThat(browser.text(By.cssSelector(".product-price"))).contains("249");
        assertThat(browser.driver().findElements(By.cssSelector(".scenes .narration"))).isNotEmpty();
        assertProductImageShown();
        assertVideoPlays();
        axe.assertNoSeriousViolations(browser, "job");
        browser.screenshot("job"); // docs/images/console.png is a copy of it

        assertFitsAPhone("job");
    }

    /** The screen shown now, on a phone-sized window: no sideways scrolling of the page, still accessible. */
    private void assertFitsAPhone(String screen) throws Exception {
        browser.phoneSized();
        try {
            assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth"))
                    .as("sideways scrolling of the %s screen on a phone", screen).isLessThanOrEqualTo(0L);
            axe.assertNoSeriousViolations(browser, screen + " on a phone");
            browser.screenshot(screen + "-phone");
        } finally {
            browser.desktopSized();
        }
    }

    /** The store's picture, fetched by the gateway and decoded from a blob: URL, not a numbered stand-in. */
    private void assertProductImageShown() {
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> (Boolean) browser.script("""
                const img = document.querySelector('.product .gallery img.product-image');
                return img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0;"""));
    }

    private void assertVideoPlays() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> (Boolean) browser.script("""
                const v = document.querySelector('video.player');
                return v.src.startsWith('blob:') && v.readyState >= 1 && v.duration > 3;"""));
        assertThat(browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const v = document.querySelector('video.player');
                v.muted = true;
                v.play().then(() => done('playing'), e => done(String(e)));""")).isEqualTo("playing");
        await().atMost(Duration.ofSeconds(15)).until(() ->
                ((Number) browser.script("return document.querySelector('video.player').currentTime")).doubleValue() > 0.5);
    }

    @Test
    void anEditedScriptRendersAgainFromTheSameProductWithoutReadingThePageAgain() throws Exception {
        Api api = Api.withNewKey(stack, "console-editor");
        String first = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 5}");
        assertThat(api.awaitFinal(first, JOB_TIMEOUT).path("status").asString()).isEqualTo("succeeded");
        int pageFetches = store.pageRequests();
        browser.signIn(api.key());
        browser.open("#/jobs/" + first + "/edit");

        browser.fill("script.scenes[0].narration", "Silence the commute, keep the music.");
        browser.awaitElement(By.cssSelector("[data-move-down='0']")).click(); // the edited scene becomes the second
        axe.assertNoSeriousViolations(browser, "script editor");
        browser.screenshot("script-editor");
        assertFitsAPhone("script-editor");
        browser.awaitElement(By.cssSelector("form.editor button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver().getCurrentUrl().contains(first));
        String second = browser.driver().getCurrentUrl().replaceAll(".*#/jobs/", "");
        await().atMost(JOB_TIMEOUT).ignoreExceptions().until(() -> "succeeded".equals(browser.shownStatus()));
        JsonNode rendered = api.job(second);
        assertThat(rendered.path("kind").asString()).isEqualTo("render");
        assertThat(rendered.path("request").path("script").path("scenes").path(1).path("narration").asString())
                .isEqualTo("Silence the commute, keep the music.");
        assertThat(store.pageRequests()).as("product page fetches").isEqualTo(pageFetches);

        browser.awaitElement(By.cssSelector("button[data-artifact='video.mp4']")).click();
        Mp4Assertions.assertPlayableVideo(browser.awaitDownload("reelforge-" + second + "-video.mp4"), 720, 1280);
    }

    @Test
    void aThreeItemCsvBatchIsWatchedUntilItCompletes() throws Exception {
        Api api = Api.withNewKey(stack, "console-batch");
        Path csv = Files.writeString(data.resolve("three-products.csv"), """
                sku,title,price,image_link,additional_image_link
                HAL-1,Halcyon Midnight Headphones,249.00 USD,%1$smidnight.jpg,%1$ssand.jpg|%1$ssage.jpg|%1$scoral.jpg
                HAL-2,Halcyon Sand Headphones,239.00 USD,%1$ssand.jpg,%1$ssage.jpg|%1$scoral.jpg|%1$smidnight.jpg
                HAL-3,Halcyon Sage Headphones,229.00 USD,%1$ssage.jpg,%1$scoral.jpg|%1$smidnight.jpg|%1$ssand.jpg
                """.formatted(store.baseUrl() + "/images/halcyon-"));
        browser.signIn(api.key());
        browser.open("#/batches");
        browser.awaitElement(By.name("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.fill("name", "Three headphones");
        browser.fill("durationSeconds", "5").submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().matches(".*#/batches/.+"));
        String id = browser.driver().getCurrentUrl().replaceAll(".*#/batches/", "");
        await().atMost(JOB_TIMEOUT).ignoreExceptions().until(() -> "completed".equals(browser.shownStatus()));
        assertThat(browser.text(By.cssSelector(".counts [data-state=succeeded] dd"))).isEqualTo("3");
        axe.assertNoSeriousViolations(browser, "batch");
        browser.screenshot("batch");
        assertFitsAPhone("batch");

        browser.awaitElement(By.xpath("//button[contains(., 'Download all videos')]")).click();
        try (ZipFile zip = new ZipFile(browser.awaitDownload("reelforge-batch-" + id + ".zip").toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).hasSize(3).allMatch(name -> name.endsWith(".mp4"));
        }
        browser.open("#/batches");
        assertThat(browser.text(By.cssSelector(".table-wrap"))).contains("Three headphones");
        axe.assertNoSeriousViolations(browser, "batches");
        browser.screenshot("batches");
    }

    @Test
    void aBatchFromAFeedUrlReadsTheFeedOnceAndIsWatchedUntilItCompletes() throws Exception {
        // a Merchant feed of two: a page to read (the store's), and a product the feed describes in full
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
                <title>Halcyon Audio</title><link>%1$s/</link><description>Headphones</description>
                <item><g:id>HAL-ANC</g:id><link>%2$s</link></item>
                <item><g:id>HAL-2</g:id><title>Halcyon Sand Headphones</title><link>%2$s?colour=sand</link>
                <g:price>239.00 USD</g:price><g:image_link>%1$s/images/halcyon-sand.jpg</g:image_link>
                <g:additional_image_link>%1$s/images/halcyon-sage.jpg</g:additional_image_link>
                <g:additional_image_link>%1$s/images/halcyon-coral.jpg</g:additional_image_link></item>
                </channel></rss>
                """.formatted(store.baseUrl(), store.productUrl());
        AtomicInteger feedReads = new AtomicInteger();
        HttpServer feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedServer.createContext("/feeds/google.xml", exchange -> {
            try (exchange) {
                feedReads.incrementAndGet();
                send(exchange, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
            }
        });
        feedServer.start();
        try {
            Api api = Api.withNewKey(stack, "console-feed-batch");
            int pageFetches = store.pageRequests();
            browser.signIn(api.key());
            browser.open("#/batches");
            browser.awaitElement(By.id("source-url")).click();
            assertThat(browser.driver().findElement(By.name("file")).isDisplayed()).as("the file field").isFalse();
            browser.fill("feedUrl", "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feeds/google.xml");
            browser.fill("name", "Feed of two");
            WebElement length = browser.fill("durationSeconds", "5");
            axe.assertNoSeriousViolations(browser, "new batch from a feed URL");
            browser.screenshot("batch-feed-url");
            length.submit();

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> browser.driver().getCurrentUrl().matches(".*#/batches/.+"));
            String id = browser.driver().getCurrentUrl().replaceAll(".*#/batches/", "");
            assertThat(feedReads.get()).as("feed reads").isEqualTo(1);
            await().atMost(JOB_TIMEOUT).ignoreExceptions().until(() -> "completed".equals(browser.shownStatus()));
            assertThat(browser.text(By.cssSelector(".counts [data-state=succeeded] dd"))).isEqualTo("2");
            assertThat(browser.text(By.cssSelector(".job-meta"))).contains("2 items");
            // the items in feed order, each with its job: the page's product by its page, the other by the feed's title
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(
                    browser.driver().findElements(By.cssSelector("section[aria-labelledby=items-title] tbody tr")))
                    .extracting(WebElement::getText).satisfiesExactly(
                            first -> assertThat(first).startsWith("1")
                                    .containsAnyOf("halcyon-anc-headphones", "Halcyon ANC").contains("Succeeded"),
                            second -> assertThat(second).startsWith("2")
                                    .contains("Halcyon Sand Headphones", "Succeeded")));
            assertThat(store.pageRequests() - pageFetches).as("product page fetches").isEqualTo(1);
            JsonNode batch = api.get("/api/v1/batches/" + id);
            assertThat(batch.path("name").asString()).isEqualTo("Feed of two");
            assertThat(batch.path("total").asInt()).isEqualTo(2);
            axe.assertNoSeriousViolations(browser, "batch from a feed URL");
            browser.screenshot("batch-feed");
        } finally {
            feedServer.stop(0);
        }
    }

    @Test
    void aBrandColourShowsInThePreviewFrameAndIsSaved() throws Exception {
        Api api = Api.withNewKey(stack, "console-brand");
        browser.signIn(api.key());
        browser.open("#/brand");
        browser.fill("primaryColor", "#D81B60");
        new Select(browser.awaitElement(By.name("font"))).selectByValue("comfortaa");

        // the price badge's right padding: the box alone, in the kit's primary colour (drawn 92 % opaque)
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            @SuppressWarnings("unchecked")
            List<Long> pixel = (List<Long>) browser.script("""
                    const c = document.querySelector('canvas.brand-preview');
                    const d = c.getContext('2d').getImageData(Math.round(c.width * 0.85), Math.round(c.height * 0.37), 1, 1).data;
                    return [d[0], d[1], d[2]];""");
            assertThat(pixel.get(0).doubleValue()).isCloseTo(0xD8, within(20.0));
            assertThat(pixel.get(1).doubleValue()).isCloseTo(0x1B, within(20.0));
            assertThat(pixel.get(2).doubleValue()).isCloseTo(0x60, within(20.0));
        });
        axe.assertNoSeriousViolations(browser, "brand kit");
        browser.screenshot("brand");
        assertFitsAPhone("brand");
        browser.awaitElement(By.xpath("//button[. = 'Save the kit']")).click();

        assertThat(browser.text(By.cssSelector(".save-status"))).contains("Saved");
        JsonNode kit = api.get("/api/v1/brand");
        assertThat(kit.path("primaryColor").asString()).isEqualTo("#D81B60");
        assertThat(kit.path("font").asString()).isEqualTo("comfortaa");
    }

    @Test
    void theSavedKitsLogoIsDrawnInThePreviewWhereAnUnsavedOneIsAFrame() throws Exception {
        browser.signIn(Api.withNewKey(stack, "console-logo").key());
        browser.open("#/brand");
        browser.fill("logoUrl", store.baseUrl() + "/images/halcyon-coral.jpg");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.text(By.id("preview-note"))).contains("frame until the kit is saved"));
        browser.awaitElement(By.xpath("//button[. = 'Save the kit']")).click();
        // the gateway fetched the logo: the note is the one of a still with nothing standing in
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(browser.text(By.id("preview-note"))).startsWith("The opening card"));
    }

    @Test
    void aKeySeesOnlyItsOwnTenantsJobsFilteredByState() throws Exception {
        Api owner = Api.withNewKey(stack, "console-owner");
        Api other = Api.withNewKey(stack, "console-other");
        String theirs = owner.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
        String mine = other.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
        owner.awaitFinal(theirs, JOB_TIMEOUT);
        other.awaitFinal(mine, JOB_TIMEOUT);

        browser.signIn(other.key());
        browser.open("#/jobs");
        String list = browser.text(By.cssSelector(".table-wrap"));
        List<String> links = browser.driver().findElements(By.cssSelector(".table-wrap a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).anyMatch(href -> href.endsWith("#/jobs/" + mine)).noneMatch(href -> href.contains(theirs));
        assertThat(list).contains("Halcyon ANC Wireless Headphones");
        axe.assertNoSeriousViolations(browser, "jobs");
        browser.screenshot("jobs");

        new Select(browser.awaitElement(By.name("state"))).selectByValue("failed");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.text(By.cssSelector("main p"))).isEqualTo("No failed jobs."));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/jobs?state=failed");

        browser.open("#/jobs/" + theirs);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Job not found");
    }

    @Test
    void aFailedJobShowsItsMessageCodeAndStageButNoTrace() throws Exception {
        browser.signIn(Api.withNewKey(stack, "console-failure").key());
        browser.open("#/new");
        browser.fill("url", store.baseUrl() + "/products/discontinued").submit();

        WebElement error = browser.awaitElement(By.cssSelector(".job-error"), JOB_TIMEOUT);
        assertThat(error.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("page_not_found");
        assertThat(error.findElement(By.cssSelector(".error-stage")).getText()).isEqualTo("scraping");
        assertThat(error.findElement(By.cssSelector(".error-message")).getText()).contains("does not exist");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .doesNotContain("Exception", "at io.reelforge");
        assertThat(browser.driver().findElements(By.cssSelector(".stage.failed"))).hasSize(1);
        axe.assertNoSeriousViolations(browser, "failed job");
        browser.screenshot("job-failed");
    }

    @Test
    void theWebhookScreenListsRecentDeliveriesAndReplaysOne() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        try {
            Api api = Api.withNewKey(stack, "console-webhook");
            browser.signIn(api.key());
            browser.open("#/webhook");
            browser.fill("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
            browser.awaitElement(By.xpath("//button[. = 'Save']")).click();
            assertThat(browser.text(By.cssSelector(".notice.success"))).contains("Saved");

            String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
            api.awaitFinal(id, JOB_TIMEOUT);
            await().atMost(Duration.ofSeconds(30)).until(() -> received.get() == 1);
            browser.open("#/jobs"); // away and back: the screen reads the deliveries when it opens
            browser.open("#/webhook");
            WebElement replay = browser.awaitElement(By.xpath("//tr[contains(., 'job.succeeded')]//button"));
            axe.assertNoSeriousViolations(browser, "webhook");
            browser.screenshot("webhook");
            replay.click();

            await().atMost(Duration.ofSeconds(30)).until(() -> received.get() == 2);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aJobStillReadingThePageIsCanceledFromItsViewAndStaysCanceled() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        HttpServer slowStore = productPageBehind(() -> {
            asked.incrementAndGet();
            release.await(30, TimeUnit.SECONDS); // the scraper waits 20 s for a page: the job is running meanwhile
            answered.incrementAndGet();
            return true;
        });
        try {
            Api api = Api.withNewKey(stack, "console-cancel");
            String id = api.submit("/api/v1/videos",
                    "{\"url\": \"" + productPageUrl(slowStore) + "\", \"durationSeconds\": 5}");
            browser.signIn(api.key());
            browser.open("#/jobs/" + id);
            await().atMost(Duration.ofSeconds(30)).until(() -> asked.get() == 1);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> "scraping".equals(browser.shownStatus()));
            assertThat(browser.driver().findElements(By.xpath("//button[. = 'Retry']"))).isEmpty();
            browser.awaitElement(By.xpath("//button[. = 'Cancel job']")).click();

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> "canceled".equals(browser.shownStatus()));
            assertThat(browser.text(By.cssSelector(".notice.info"))).isEqualTo("This job was canceled.");
            assertThat(browser.driver().findElements(By.xpath("//button[. = 'Cancel job']"))).isEmpty();
            assertThat(browser.driver().findElements(By.xpath("//button[. = 'Retry']"))).hasSize(1);
            assertThat(api.job(id).path("status").asString()).isEqualTo("canceled");
            // the page arrives after all, well within the scraper's 20 s for a page: the job stays canceled
            release.countDown();
            axe.assertNoSeriousViolations(browser, "canceled job");
            browser.screenshot("job-canceled");

            await().atMost(Duration.ofSeconds(10)).until(() -> answered.get() == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> "canceled".equals(api.job(id).path("status").asString()));
            assertThat(browser.shownStatus()).isEqualTo("canceled");
        } finally {
            release.countDown();
            slowStore.stop(0);
        }
    }

    @Test
    void theJobViewResumesADroppedEventStreamFromItsLastEventAndFollowsTheJobToTheEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer slowStore = productPageBehind(() -> {
            release.await(15, TimeUnit.SECONDS); // the scraper waits 20 s for a page: the job is running meanwhile
            return true;
        });
        try (StreamCutter proxy = StreamCutter.inFrontOf(URI.create(stack.settings().gatewayUrl()))) {
            Api api = Api.withNewKey(stack, "console-dropped-stream");
            String id = api.submit("/api/v1/videos",
                    "{\"url\": \"" + productPageUrl(slowStore) + "\", \"durationSeconds\": 5}");
            browser.signIn(proxy.baseUrl(), api.key());
            browser.open(proxy.baseUrl(), "#/jobs/" + id);
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> "scraping".equals(browser.shownStatus()));
            await().atMost(Duration.ofSeconds(10)).until(() -> proxy.eventRequests().size() == 1);
            assertThat(proxy.eventRequests().getFirst()).doesNotContainIgnoringCase("Last-Event-ID");
            // the first event (the job as it is) sent, and nothing after it for a while: the browser has read it
            AtomicReference<String> sent = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(10)).during(Duration.ofMillis(500))
                    .until(() -> proxy.lastEventIdSent() != null && proxy.lastEventIdSent().equals(
                            sent.getAndSet(proxy.lastEventIdSent())));

            assertThat(proxy.cutEventStreams()).as("event streams cut").isEqualTo(1);
            String lastSeen = proxy.lastEventIdSent();
            release.countDown(); // the job moves on while the view has no stream

            await().atMost(Duration.ofSeconds(15)).until(() -> proxy.eventRequests().size() >= 2);
            assertThat(proxy.eventRequests().get(1)).as("the second request for the job's events")
                    .containsPattern("(?im)^Last-Event-ID: " + Pattern.quote(lastSeen) + "$");
            Set<String> stagesWorking = new TreeSet<>();
            await().atMost(JOB_TIMEOUT).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
                browser.driver().findElements(By.cssSelector(".stage.working"))
                        .forEach(stage -> stagesWorking.add(stage.getAttribute("data-stage")));
                return "succeeded".equals(browser.shownStatus());
            });
            assertThat(stagesWorking).as("stages shown at work after the cut").contains("rendering");
            assertThat(browser.driver().findElements(By.cssSelector(".stage")))
                    .extracting(stage -> stage.getAttribute("data-state")).containsExactly("done", "done", "done");
            assertThat(browser.driver().findElements(By.cssSelector(".notice.error"))).isEmpty();
            assertThat(proxy.eventRequests()).as("requests for the job's events").hasSize(2);
            axe.assertNoSeriousViolations(browser, "job followed across a dropped stream");
            browser.screenshot("job-resumed");
        } finally {
            release.countDown();
            slowStore.stop(0);
        }
    }

    @Test
    void aFailedJobIsRetriedFromItsViewAndItsNextAttemptSucceeds() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        AtomicBoolean pageBack = new AtomicBoolean();
        HttpServer flakyStore = productPageBehind(() -> {
            asked.incrementAndGet();
            return pageBack.get();
        });
        try {
            Api api = Api.withNewKey(stack, "console-retry");
            String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + productPageUrl(flakyStore) + "\"}");
            assertThat(api.awaitFinal(id, JOB_TIMEOUT).path("status").asString()).isEqualTo("failed");
            browser.signIn(api.key());
            browser.open("#/jobs/" + id);
            assertThat(browser.text(By.cssSelector(".job-error .error-code"))).isEqualTo("page_not_found");
            assertThat(browser.driver().findElements(By.xpath("//button[. = 'Cancel job']"))).isEmpty();

            pageBack.set(true); // the store put the page back
            browser.awaitElement(By.xpath("//button[. = 'Retry']")).click();

            await().atMost(JOB_TIMEOUT).ignoreExceptions().until(() -> "succeeded".equals(browser.shownStatus()));
            assertThat(browser.text(By.cssSelector(".job-meta"))).contains("attempt 2");
            assertThat(browser.text(By.cssSelector(".product-name"))).isEqualTo("Halcyon ANC Wireless Headphones");
            assertThat(browser.driver().findElements(By.cssSelector(".job-error"))).isEmpty();
            assertThat(browser.driver().findElements(By.xpath("//button[. = 'Retry']"))).isEmpty();
            JsonNode retried = api.job(id);
            assertThat(retried.path("status").asString()).isEqualTo("succeeded");
            assertThat(retried.path("attempt").asInt()).isEqualTo(2);
            assertThat(asked.get()).as("requests for the product page").isEqualTo(2);
            axe.assertNoSeriousViolations(browser, "retried job");
            browser.screenshot("job-retried");
        } finally {
            flakyStore.stop(0);
        }
    }

    @Test
    void theSavedKitIsDeletedFromTheBrandScreenAndTheDefaultLookIsShown() throws Exception {
        Api api = Api.withNewKey(stack, "console-brand-delete");
        assertThat(api.put("/api/v1/brand", "{\"primaryColor\": \"#D81B60\", \"font\": \"comfortaa\"}")).isEqualTo(200);
        browser.signIn(api.key());
        browser.open("#/brand");
        assertThat(browser.awaitElement(By.name("primaryColor")).getAttribute("value")).isEqualTo("#D81B60");
        browser.awaitElement(By.xpath("//button[. = 'Delete the kit']")).click();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.text(By.cssSelector(".save-status"))).contains("Deleted"));
        assertThat(statusOf(api, "/api/v1/brand")).as("GET /api/v1/brand after the delete").isEqualTo(404);
        assertKitFormEmpty();
        axe.assertNoSeriousViolations(browser, "brand kit deleted");
        browser.screenshot("brand-deleted");

        browser.open("#/jobs"); // away and back: the screen reads the kit when it opens
        browser.open("#/brand");
        assertKitFormEmpty();
    }

    /** The brand screen's fields all empty, and the preview drawn in the default look. */
    private void assertKitFormEmpty() {
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            for (String name : List.of("logoUrl", "primaryColor", "accentColor", "font")) {
                assertThat(browser.awaitElement(By.name(name)).getAttribute("value")).as(name).isEmpty();
            }
            assertThat(browser.awaitElement(By.cssSelector("canvas.brand-preview")).getAttribute("aria-label"))
                    .contains("cards in translucent black");
        });
    }

    @Test
    void aRotatedSecretIsShownOnceAndSignsTheDeliveriesAfterIt() throws Exception {
        AtomicReference<SignedDelivery> received = new AtomicReference<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.compareAndSet(null, new SignedDelivery(headers.getFirst("webhook-id"),
                        Long.parseLong(headers.getFirst("webhook-timestamp")), headers.getFirst("webhook-signature"),
                        body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        try {
            Api api = Api.withNewKey(stack, "console-rotate");
            assertThat(api.put("/api/v1/webhook", "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort()
                    + "/hooks\"}")).isEqualTo(200);
            String old = api.get("/api/v1/webhook").path("secret").asString();
            browser.signIn(api.key());
            browser.open("#/webhook");
            assertThat(browser.text(By.id("webhook-secret"))).as("the secret before it is asked for")
                    .startsWith("whsec_").contains("•").isNotEqualTo(old);
            browser.awaitElement(By.xpath("//button[. = 'Rotate the secret']")).click();

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(browser.text(By.id("webhook-secret"))).startsWith("whsec_").doesNotContain("•")
                            .isNotEqualTo(old));
            String rotated = browser.text(By.id("webhook-secret"));
            assertThat(api.get("/api/v1/webhook").path("secret").asString()).isEqualTo(rotated);
            assertThat(browser.text(By.cssSelector(".secret-row + .hint"))).startsWith("The previous secret also signs");
            axe.assertNoSeriousViolations(browser, "webhook secret rotated");
            browser.screenshot("webhook-rotated");

            browser.open("#/jobs"); // away and back: the new secret is hidden again
            browser.open("#/webhook");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(browser.text(By.id("webhook-secret"))).contains("•").isNotEqualTo(rotated));

            String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");
            api.awaitFinal(id, JOB_TIMEOUT);
            SignedDelivery delivery = await().atMost(Duration.ofSeconds(30)).until(received::get, d -> d != null);
            // signed with the new secret, and with the old one too while the overlap lasts
            assertThat(delivery.signature().split(" "))
                    .contains(delivery.signedWith(rotated), delivery.signedWith(old));
        } finally {
            receiver.stop(0);
        }
    }

    /** A webhook delivery as the receiver got it: the Standard Webhooks headers and the body. */
    private record SignedDelivery(String id, long timestamp, String signature, String body) {

        /** The signature this delivery has when signed with that secret alone. */
        String signedWith(String secret) {
            return WebhookSignatures.header(List.of(secret), id, timestamp, body);
        }
    }

    @Test
    void theJobsListShowsTwentyJobsAPageAndPagesThroughTheRest() throws Exception {
        Api api = Api.withNewKey(stack, "console-pages");
        Set<String> submitted = new TreeSet<>();
        for (int i = 0; i < 21; i++) { // jobs that fail at once: the list shows jobs in every state
            submitted.add(api.submit("/api/v1/scrape-product-url",
                    "{\"url\": \"" + store.baseUrl() + "/products/discontinued\"}"));
        }
        browser.signIn(api.key());
        browser.open("#/jobs");

        assertThat(browser.text(By.cssSelector(".pager"))).contains("Page 1 of 2 · 21 in all");
        List<String> first = listedJobs();
        assertThat(first).hasSize(20);
        assertThat(browser.driver().findElements(By.cssSelector(".pager a[rel=prev]"))).isEmpty();
        browser.awaitElement(By.cssSelector(".pager a[rel=next]")).click();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.text(By.cssSelector(".pager"))).contains("Page 2 of 2 · 21 in all"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/jobs?page=1");
        List<String> second = listedJobs();
        assertThat(second).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector(".pager a[rel=next]"))).isEmpty();
        Set<String> listed = new TreeSet<>(first);
        listed.addAll(second);
        assertThat(listed).as("the jobs of both pages").isEqualTo(submitted);
        axe.assertNoSeriousViolations(browser, "jobs, second page");
        browser.screenshot("jobs-page-2");

        browser.awaitElement(By.cssSelector(".pager a[rel=prev]")).click();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.text(By.cssSelector(".pager"))).contains("Page 1 of 2"));
        assertThat(listedJobs()).isEqualTo(first);
    }

    /** The ids of the jobs the jobs list shows, top to bottom. */
    private List<String> listedJobs() {
        return browser.driver().findElements(By.cssSelector(".table-wrap a[href*='#/jobs/']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#/jobs/", "")).toList();
    }

    /** Whether a request for the product page is answered with it (true) or with a 404 (false); it may wait first. */
    @FunctionalInterface
    private interface PageGate {
        boolean open() throws InterruptedException;
    }

    /**
     * A loopback store whose product pages are the sample store's page, when the gate lets them through; its other
     * paths (the gallery's images, named relative to the page) are the sample store's.
     */
    private static HttpServer productPageBehind(PageGate gate) throws Exception {
        HttpResponse<byte[]> page = HTTP.send(HttpRequest.newBuilder(URI.create(store.productUrl())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // a page held back holds only its thread
        server.createContext("/", exchange -> {
            try (exchange) {
                HttpResponse<byte[]> upstream = HTTP.send(HttpRequest.newBuilder(
                        URI.create(store.baseUrl() + exchange.getRequestURI().getPath())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                send(exchange, upstream.statusCode(), upstream.headers().firstValue("Content-Type")
                        .orElse("application/octet-stream"), upstream.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/products/", exchange -> {
            try (exchange) {
                if (gate.open()) {
                    send(exchange, 200, page.headers().firstValue("Content-Type").orElse("text/html"), page.body());
                } else {
                    send(exchange, 404, "text/plain", "No such product.".getBytes(StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return server;
    }

    private static String productPageUrl(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/products/halcyon-anc-headphones";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** The status code of a GET of that route with the key, for the answers that are no JSON of 200. */
    private static int statusOf(Api api, String route) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.settings().gatewayUrl() + route))
                .header("Authorization", "Bearer " + api.key()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * A loopback TCP proxy in front of the gateway, for the browser to reach the console through: it notes the head of
     * every request for a job's events and can cut the connections that carry them, as a network or a proxy would.
     */
    private static final class StreamCutter implements AutoCloseable {

        private static final Pattern EVENTS_REQUEST =
                Pattern.compile("GET /api/v1/jobs/[^ ]+/events HTTP/1\\.1\r\n(.*?)\r\n\r\n", Pattern.DOTALL);

        private static final Pattern EVENT_ID = Pattern.compile("(?m)^id: ?(\\S+)\r?$");

        private final ServerSocket server;
        private final URI gateway;
        private volatile String lastEventIdSent;
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final List<String> eventRequests = new CopyOnWriteArrayList<>();
        private final Set<Socket> eventConnections = ConcurrentHashMap.newKeySet();
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();

        private StreamCutter(ServerSocket server, URI gateway) {
            this.server = server;
            this.gateway = gateway;
        }

        static StreamCutter inFrontOf(URI gateway) throws IOException {
            StreamCutter proxy = new StreamCutter(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), gateway);
            proxy.threads.submit(proxy::accept);
            return proxy;
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        /** The headers of each request for a job's events so far, in order. */
        List<String> eventRequests() {
            return eventRequests;
        }

        /** The id of the last event passed to the browser, or null before the first. */
        String lastEventIdSent() {
            return lastEventIdSent;
        }

        /** Closes the browser's connections that asked for events: the streams end mid-flow. How many it closed. */
        int cutEventStreams() throws IOException {
            int cut = 0;
            for (Socket connection : eventConnections) {
                if (!connection.isClosed()) {
                    connection.close();
                    cut++;
                }
            }
            eventConnections.clear();
            return cut;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket browserSide = server.accept();
                    open.add(browserSide);
                    threads.submit(() -> relay(browserSide));
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void relay(Socket browserSide) {
            try (browserSide; Socket gatewaySide = new Socket(gateway.getHost(), gateway.getPort())) {
                open.add(gatewaySide);
                gatewaySide.setTcpNoDelay(true);
                threads.submit(() -> answer(gatewaySide, browserSide));
                InputStream in = browserSide.getInputStream();
                OutputStream out = gatewaySide.getOutputStream();
                StringBuilder sent = new StringBuilder();
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    sent.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    Matcher request = EVENTS_REQUEST.matcher(sent);
                    int end = 0;
                    while (request.find()) {
                        eventRequests.add(request.group(1));
                        eventConnections.add(browserSide);
                        end = request.end();
                    }
                    sent.delete(0, end);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side closed: both are closed now
            } finally {
                open.remove(browserSide);
                open.removeIf(Socket::isClosed);
            }
        }

        /** Passes the gateway's answers to the browser, noting each event's id on the way. */
        private void answer(Socket gatewaySide, Socket browserSide) {
            try (gatewaySide; browserSide) {
                InputStream in = gatewaySide.getInputStream();
                OutputStream out = browserSide.getOutputStream();
                StringBuilder received = new StringBuilder();
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    int lineEnd = received.lastIndexOf("\n");
                    if (lineEnd >= 0) { // whole lines only: a line split between reads is read with its end
                        Matcher id = EVENT_ID.matcher(received.substring(0, lineEnd + 1));
                        while (id.find()) {
                            lastEventIdSent = id.group(1);
                        }
                        received.delete(0, lineEnd + 1);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side closed: both are closed now
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
            threads.shutdownNow();
        }
    }
}
