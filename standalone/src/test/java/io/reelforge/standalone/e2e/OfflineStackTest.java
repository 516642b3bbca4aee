package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.gateway.auth.ApiKeyStore;
import io.reelforge.media.speech.ReadingPace;
import io.reelforge.standalone.ReelforgeCli;
import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The whole system as {@code reelforge up} runs it, with no API key: embedded KRaft Kafka and Redis, the gateway
 * and the three workers, the offline script writer and MaryTTS; driven only through the HTTP API.
 */
class OfflineStackTest {

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path data;

    private static LocalStack stack;
    private static SampleStore store;
    private static OddPages oddPages;
    private static Api api;

    @BeforeAll
    static void startStack() throws Exception {
        store = SampleStore.start(0);
        oddPages = OddPages.start();
        stack = LocalStack.start(data, 0, List.of(
                "--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.script.engine=template",
                "--reelforge.media.tts.engine=marytts",
                "--reelforge.kafka.partitions=2",
                "--reelforge.kafka.max-attempts=2",
                "--reelforge.kafka.initial-backoff=200ms"));
        api = Api.withNewKey(stack);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (oddPages != null) {
            oddPages.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aProductUrlBecomesANarratedVerticalVideo() throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 15}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("progress").asInt()).isEqualTo(100);
        assertThat(job.path("results").path("product").path("title").asString())
                .isEqualTo("Halcyon ANC Wireless Headphones");
        assertThat(job.path("results").path("script").path("scenes").size()).isPositive();
        assertThat(job.path("history")).extracting(run -> run.path("stage").asString())
                .containsExactly("scraping", "scripting", "rendering");
        Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
        assertThat(api.download(id, "thumbnail.jpg", data)).isNotEmptyFile();
    }

    @Test
    void aGermanVideoIsRefusedAtSubmitWhileOnlyMaryTtsWhichSpeaksEnglishRuns() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/videos", "{\"url\": \"" + store.productUrl()
                + "\", \"language\": \"de\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = api.json(response);
        assertThat(problem.path("code").asString()).isEqualTo("language_not_voiced");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("language");
        assertThat(problem.path("languages")).extracting(JsonNode::asString).containsExactly("en");
    }

    @Test
    void aGermanVideoWithoutNarrationIsSilentAndLastsAsLongAsReadingItsScript() throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl()
                + "\", \"language\": \"de\", \"narration\": \"none\", \"durationSeconds\": 15}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode script = job.path("results").path("script");
        assertThat(script.path("language").asString()).isEqualTo("de");
        double reading = 0;
        for (JsonNode scene : script.path("scenes")) {
            // each scene as long as reading it, then the media worker's breath (reelforge.media.breath, 250 ms)
            reading += ReadingPace.CAPTIONS.timeFor(scene.path("narration").asString()).toNanos() / 1e9 + 0.25;
        }
        Path video = api.download(id, "video.mp4", data);
        assertThat(Mp4Assertions.videoSeconds(video)).isCloseTo(reading, within(0.1));
        assertThat(Mp4Assertions.loudestSample(video)).as("loudest sample").isZero();
    }

    @Test
    void aTenantsBrandKitWithTheJobsOwnFieldsOverItReachesTheRender() throws Exception {
        Api branded = Api.withNewKey(stack, "branded");
        assertThat(branded.put("/api/v1/brand", """
                {"logoUrl": "%s/images/halcyon-sage.jpg", "primaryColor": "#1D3557", "font": "comfortaa"}"""
                .formatted(store.baseUrl()))).isEqualTo(200);

        String id = branded.submit("/api/v1/videos", """
                {"url": "%s", "durationSeconds": 10, "brand": {"accentColor": "#F4A261"}}"""
                .formatted(store.productUrl()));
        JsonNode job = branded.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode kit = job.path("request").path("options").path("brand");
        assertThat(kit.path("primaryColor").asString()).isEqualTo("#1D3557");
        assertThat(kit.path("accentColor").asString()).isEqualTo("#F4A261");
        assertThat(kit.path("font").asString()).isEqualTo("comfortaa");
        assertThat(job.path("results").path("warnings")).as("the logo was used").isEmpty();
        Mp4Assertions.assertPlayableVideo(branded.download(id, "video.mp4", data), 720, 1280);
    }

    @Test
    void aBrandKitsLogoThatCannotBeFetchedLeavesAVideoWithAWarning() throws Exception {
        Api branded = Api.withNewKey(stack, "branded-broken");
        branded.put("/api/v1/brand", "{\"logoUrl\": \"%s\"}".formatted(oddPages.url("/missing-logo.png")));

        String id = branded.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl()
                + "\", \"durationSeconds\": 10}");
        JsonNode job = branded.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("results").path("warnings").path(0).path("code").asString()).isEqualTo("logo_unusable");
    }

    @Test
    void aScrapeJobEndsWithTheProduct() throws Exception {
        String id = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + store.productUrl() + "\"}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        JsonNode product = job.path("results").path("product");
        assertThat(product.path("price").decimalValue()).isEqualByComparingTo("249.00");
        assertThat(product.path("currency").asString()).isEqualTo("USD");
        assertThat(product.path("images").size()).isEqualTo(4);
        assertThat(job.path("results").path("artifacts").size()).isZero();
    }

    @Test
    void aScriptJobFromAKeywordEndsWithAScript() throws Exception {
        String id = api.submit("/api/v1/generate-script", "{\"keyword\": \"bamboo cutting board\"}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.path("results").path("script").path("scenes").size()).isPositive();
        assertThat(job.path("history")).extracting(run -> run.path("stage").asString()).containsExactly("scripting");
    }

    @Test
    void aRenderJobFromProductDetailsWritesItsScriptThenRenders() throws Exception {
        String images = "[\"" + store.baseUrl() + "/images/halcyon-sage.jpg\", \"" + store.baseUrl()
                + "/images/halcyon-coral.jpg\"]";
        String id = api.submit("/api/v1/generate-video", """
                {"product": {"title": "Halcyon ANC Wireless Headphones", "brand": "Halcyon Audio",
                 "price": 249.00, "currency": "USD", "images": %s,
                 "features": ["Adaptive noise cancelling", "40-hour battery"]},
                 "durationSeconds": 15}""".formatted(images));

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("history")).extracting(run -> run.path("stage").asString())
                .containsExactly("scripting", "rendering");
        Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {10, 20})
    void theVideoLastsTheDurationAskedForWithin15Percent(int seconds) throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": "
                + seconds + "}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("results").path("warnings")).isEmpty();
        assertThat(Mp4Assertions.videoSeconds(api.download(id, "video.mp4", data)))
                .isBetween(seconds * 0.85, seconds * 1.15);
    }

    @Test
    void aDurationTheProductsFactsCannotFillGetsAShorterScriptThatSaysWhy() throws Exception {
        String id = api.submit("/api/v1/generate-script", """
                {"product": {"title": "Halcyon ANC Wireless Headphones", "brand": "Halcyon Audio",
                 "price": 249.00, "currency": "USD", "images": ["%s/images/halcyon-sage.jpg"],
                 "features": ["Adaptive noise cancelling", "40-hour battery"]},
                 "durationSeconds": 180}""".formatted(store.baseUrl()));

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("results").path("warnings").path(0).path("code").asString()).isEqualTo("duration_short");
        assertThat(job.path("results").path("warnings").path(0).path("message").asString())
                .contains("180 s asked for", "no more facts");
    }

    @Test
    void aCanceledJobStaysCanceledAndProducesNoVideo() throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 15}");

        assertThat(api.cancel(id)).isEqualTo(200);

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);
        assertThat(job.path("status").asString()).isEqualTo("canceled");
        // the stage messages already queued find the job canceled and drop it: it never comes back to life
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> api.job(id).path("status").asString().equals("canceled"));
        assertThat(api.job(id).path("results").path("artifacts").size()).isZero();
        assertThat(api.cancel(id)).isEqualTo(409);
    }

    @Test
    void aMissingPageFailsWithPageNotFound() throws Exception {
        assertFailsWith(oddPages.url("/missing"), "page_not_found");
    }

    @Test
    void aPdfFailsWithNotHtml() throws Exception {
        assertFailsWith(oddPages.url("/manual.pdf"), "not_html");
    }

    @Test
    void anArticleFailsWithNotAProductPage() throws Exception {
        assertFailsWith(oddPages.url("/blog/quiet-mornings"), "not_a_product_page");
    }

    @Test
    void aJobWhoseRenderFailedIsRetriedAndSucceedsWithoutFetchingThePageAgain() throws Exception {
        JobStore jobs = stack.context(Service.GATEWAY).getBean(JobStore.class);
        AtomicReference<String> jobId = new AtomicReference<>();
        AtomicBoolean imagesBroken = new AtomicBoolean(true);
        try (CountingStore shop = CountingStore.start()) {
            // the images vanish only while the job renders: the scrape sees them, the render does not
            shop.refuseImagesWhile(() -> imagesBroken.get() && jobId.get() != null
                    && jobs.find(jobId.get()).map(j -> j.status() == JobStatus.RENDERING).orElse(false));
            jobId.set(api.submit("/api/v1/videos", "{\"url\": \"" + shop.productUrl() + "\", \"durationSeconds\": 10}"));
            String id = jobId.get();

            JsonNode failed = api.awaitFinal(id, JOB_TIMEOUT);
            assertThat(failed.path("status").asString()).as(failed.toString()).isEqualTo("failed");
            assertThat(failed.path("error").path("failedStage").asString()).isEqualTo("rendering");
            int pageFetches = shop.pageRequests();
            assertThat(pageFetches).isPositive();

            imagesBroken.set(false);
            assertThat(api.retry(id)).isEqualTo(202);
            JsonNode retried = api.awaitFinal(id, JOB_TIMEOUT);

            assertThat(retried.path("status").asString()).as(retried.toString()).isEqualTo("succeeded");
            assertThat(shop.pageRequests()).isEqualTo(pageFetches);
            // every run is in the history: attempt 1's render ran twice (its retry topic's retry) and failed twice
            assertThat(retried.path("history")).extracting(run -> run.path("stage").asString() + "#"
                    + run.path("attempt").asInt() + ":" + run.path("outcome").asString())
                    .containsExactly("scraping#1:completed", "scripting#1:completed", "rendering#1:failed",
                            "rendering#1:failed", "rendering#2:completed");
            Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
            assertThat(api.retry(id)).isEqualTo(409);
        }
    }

    @Test
    void theBatchCommandSavesEveryItemsVideoMakingASharedPageOnceAndListsTheFailuresByCode() throws Exception {
        // the product twice (one job, two files) and a missing page between them
        Path catalog = data.resolve("catalog.csv");
        Files.writeString(catalog, String.join("\n", "url", store.productUrl(), oddPages.url("/missing"),
                store.productUrl()) + "\n");
        String key = stack.context(Service.GATEWAY).getBean(ApiKeyStore.class).create("default", "batch").secret();
        List<String> args = List.of("batch", catalog.toString(), "--duration", "5", "--name", "Spring catalog",
                "--out", data.resolve("videos").toString(), "--gateway", stack.settings().gatewayUrl(),
                "--api-key", key, "--poll", "200", "--timeout", "300");

        Run first = Run.of(args);

        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(1);
        Path folder = data.resolve("videos/spring-catalog");
        String page = store.productUrl().substring(store.productUrl().lastIndexOf('/') + 1);
        Path video = folder.resolve("0000-" + page + ".mp4");
        Mp4Assertions.assertPlayableVideo(video, 720, 1280);
        assertThat(folder.resolve("0002-" + page + ".mp4")).hasSameBinaryContentAs(video);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".mp4")))
                    .containsExactlyInAnyOrder("0000-" + page + ".mp4", "0002-" + page + ".mp4");
        }
        assertThat(first.out()).contains("3 items, 2 succeeded, 1 failed", "Videos: 2 in " + folder,
                "Failed, by error code:", "page_not_found (1)")
                .containsPattern("#1  " + Pattern.quote(oddPages.url("/missing")) + "  job [0-9a-f-]{36}");
        String batchId = first.out().replaceAll("(?s).*Batch (\\S+) accepted.*", "$1");

        // the same command again (an answer lost, or Ctrl-C): the same batch, not a second one
        Run again = Run.of(args);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("Following batch " + batchId + ", submitted before");
    }

    /** The command line run in this JVM, as a user would type it, with what it printed. */
    private record Run(int exit, String out, String err) {

        static Run of(List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = ReelforgeCli.commandLine().setOut(new PrintWriter(out))
                    .setErr(new PrintWriter(err));
            int exit = cli.execute(args.toArray(String[]::new));
            return new Run(exit, out.toString(), err.toString());
        }
    }

    private static void assertFailsWith(String url, String code) throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + url + "\"}");

        JsonNode job = api.awaitFinal(id, JOB_TIMEOUT);

        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("error").path("code").asString()).isEqualTo(code);
        assertThat(job.path("error").path("failedStage").asString()).isEqualTo("scraping");
        assertThat(job.path("error").path("message").asString()).isNotBlank();
    }
}
