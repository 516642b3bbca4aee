package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.reelforge.common.json.Json;
import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * What an operator's Prometheus and Kubernetes read from every service: probes, and after real jobs (one video that
 * succeeds with a webhook, one page that is no product) the metrics the dashboard shows, with the values those
 * jobs must have left.
 */
class OperationsEndpointsTest {

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A metric name in a PromQL expression (functions, labels and keywords are not followed by these suffixes). */
    private static final Pattern METRIC = Pattern.compile(
            "\\b(reelforge|jvm|process|http_server)_[a-z_]+\\b");

    @TempDir
    static Path data;

    private static LocalStack stack;
    private static SampleStore store;
    private static OddPages oddPages;
    private static HttpServer webhookReceiver;
    private static final AtomicInteger WEBHOOKS = new AtomicInteger();
    private static long videoFrames;

    @BeforeAll
    static void runAVideoAndAFailure() throws Exception {
        store = SampleStore.start(0);
        oddPages = OddPages.start();
        webhookReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhookReceiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            WEBHOOKS.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhookReceiver.start();
        stack = LocalStack.start(data, 0, List.of(
                "--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.script.engine=template",
                "--reelforge.media.tts.engine=marytts",
                "--reelforge.media.width=144",
                "--reelforge.media.height=256",
                "--reelforge.kafka.partitions=2",
                "--reelforge.gateway.gauge-refresh=500ms"));
        Api api = Api.withNewKey(stack);
        String hook = "http://127.0.0.1:" + webhookReceiver.getAddress().getPort() + "/hooks";
        String videoId = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl()
                + "\", \"durationSeconds\": 15, \"callbackUrl\": \"" + hook + "\"}");
        String blogId = api.submit("/api/v1/scrape-product-url", "{\"url\": \"" + oddPages.url("/blog/quiet-mornings")
                + "\"}");
        JsonNode video = api.awaitFinal(videoId, JOB_TIMEOUT);
        assertThat(video.path("status").asString()).as(video.toString()).isEqualTo("succeeded");
        videoFrames = Mp4Assertions.videoFrames(api.download(videoId, "video.mp4", data));
        assertThat(api.awaitFinal(blogId, JOB_TIMEOUT).path("error").path("code").asString())
                .isEqualTo("not_a_product_page");
        await().atMost(Duration.ofSeconds(30)).until(() -> WEBHOOKS.get() >= 1);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (webhookReceiver != null) {
            webhookReceiver.stop(0);
        }
        if (oddPages != null) {
            oddPages.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceIsLiveAndReady(Service service) throws Exception {
        String url = stack.httpUrl(service);

        assertThat(get(url + "/actuator/health/liveness")).contains("\"UP\"");
        assertThat(get(url + "/actuator/health/readiness")).contains("\"UP\"");
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = "GATEWAY", mode = EnumSource.Mode.EXCLUDE)
    void aWorkerServesProbesAndMetricsButNotTheConsoleItsJarCarries(Service service) throws Exception {
        String url = stack.httpUrl(service);

        for (String path : List.of("/", "/index.html", "/console/app.js")) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(service + " " + path).isEqualTo(404);
        }
        assertThat(get(stack.httpUrl(Service.GATEWAY) + "/console/app.js")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceLabelsItsMetricsWithItsName(Service service) throws Exception {
        PrometheusScrape scrape = PrometheusScrape.of(stack.httpUrl(service));

        String application = service == Service.GATEWAY ? "api-gateway" : service.displayName() + "-worker";
        assertThat(scrape.find("jvm_memory_used_bytes")).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("application", application));
    }

    @Test
    void theGatewayCountsTheJobsItAccepted() throws Exception {
        PrometheusScrape gateway = PrometheusScrape.of(stack.httpUrl(Service.GATEWAY));

        assertThat(gateway.sum("reelforge_jobs_accepted_total", "kind", "video", "lane", "interactive")).isEqualTo(1);
        assertThat(gateway.sum("reelforge_jobs_accepted_total", "kind", "scrape", "lane", "interactive")).isEqualTo(1);
    }

    @Test
    void theServiceThatEndsAJobCountsItWithItsStateAndErrorCode() throws Exception {
        PrometheusScrape media = PrometheusScrape.of(stack.httpUrl(Service.MEDIA));
        PrometheusScrape scraper = PrometheusScrape.of(stack.httpUrl(Service.SCRAPER));

        assertThat(media.sum("reelforge_jobs_finished_total", "kind", "video", "state", "succeeded",
                "error_code", "none")).isEqualTo(1);
        assertThat(scraper.sum("reelforge_jobs_finished_total", "kind", "scrape", "state", "failed",
                "error_code", "not_a_product_page")).isEqualTo(1);
    }

    @Test
    void eachWorkerTimesItsStageAndTheWaitBeforeIt() throws Exception {
        PrometheusScrape scraper = PrometheusScrape.of(stack.httpUrl(Service.SCRAPER));
        PrometheusScrape script = PrometheusScrape.of(stack.httpUrl(Service.SCRIPT));
        PrometheusScrape media = PrometheusScrape.of(stack.httpUrl(Service.MEDIA));

        assertThat(scraper.sum("reelforge_stage_duration_seconds_count", "stage", "scraping",
                "outcome", "succeeded")).isEqualTo(1);
        assertThat(script.sum("reelforge_stage_duration_seconds_count", "stage", "scripting",
                "outcome", "succeeded")).isEqualTo(1);
        assertThat(media.sum("reelforge_stage_duration_seconds_count", "stage", "rendering", "lane", "interactive",
                "outcome", "succeeded")).isEqualTo(1);
        double renderSeconds = media.sum("reelforge_stage_duration_seconds_sum", "stage", "rendering");
        assertThat(renderSeconds).isBetween(0.05, JOB_TIMEOUT.toSeconds() * 1.0);
        // a histogram: buckets a percentile can be computed from, the largest holding every run
        assertThat(media.find("reelforge_stage_duration_seconds_bucket", "stage", "rendering", "le", "+Inf"))
                .singleElement().satisfies(bucket -> assertThat(bucket.value()).isEqualTo(1));
        assertThat(media.sum("reelforge_stage_queue_wait_seconds_count", "stage", "rendering", "lane", "interactive"))
                .isEqualTo(1);
        assertThat(media.sum("reelforge_stage_queue_wait_seconds_sum", "stage", "rendering")).isBetween(0.0, 60.0);
    }

    @Test
    void theMediaWorkerCountsTheFramesItRenderedAndHowFast() throws Exception {
        PrometheusScrape media = PrometheusScrape.of(stack.httpUrl(Service.MEDIA));

        assertThat(videoFrames).isPositive();
        assertThat(media.sum("reelforge_render_frames_total")).isEqualTo(videoFrames);
        assertThat(media.sum("reelforge_render_frames_per_second_count")).isEqualTo(1);
        assertThat(media.sum("reelforge_render_frames_per_second_sum")).isPositive();
    }

    @Test
    void theGatewayCountsWebhookDeliveriesByOutcome() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(PrometheusScrape
                .of(stack.httpUrl(Service.GATEWAY))
                .sum("reelforge_webhook_deliveries_total", "event", "job.succeeded", "outcome", "succeeded"))
                .isEqualTo(1));
    }

    @Test
    void theGatewayReportsEachGroupsLagPerTopicFromTheBroker() throws Exception {
        // every job is done: each stage group has read all it was sent (the gauge refreshes every 500 ms here)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            PrometheusScrape gateway = PrometheusScrape.of(stack.httpUrl(Service.GATEWAY));
            for (String[] groupTopic : new String[][] {{"scraper-worker", "reelforge.scrape.requests"},
                    {"script-worker", "reelforge.script.requests"}, {"media-worker", "reelforge.render.requests"},
                    {"media-worker", "reelforge.render.bulk"}}) {
                assertThat(gateway.find("reelforge_kafka_consumer_lag", "group", groupTopic[0],
                        "topic", groupTopic[1])).as(String.join(" ", groupTopic))
                        .singleElement().satisfies(lag -> assertThat(lag.value()).isZero());
            }
        });
    }

    @Test
    void theGatewayReportsTheBatchBacklog() throws Exception {
        PrometheusScrape gateway = PrometheusScrape.of(stack.httpUrl(Service.GATEWAY));

        assertThat(gateway.find("reelforge_batches_open")).singleElement()
                .satisfies(open -> assertThat(open.value()).isZero());
        assertThat(gateway.find("reelforge_batch_items_pending")).singleElement()
                .satisfies(pending -> assertThat(pending.value()).isZero());
    }

    /** The shipped Grafana dashboard reads only metrics that the services really expose, under those names. */
    @Test
    void everyMetricTheDashboardQueriesIsExposedByAService() throws Exception {
        Path dashboard = Path.of("..", "deploy", "grafana", "reelforge-dashboard.json");
        Set<String> exposed = new HashSet<>();
        for (Service service : Service.values()) {
            PrometheusScrape.of(stack.httpUrl(service)).samples().forEach(sample -> exposed.add(sample.name()));
        }
        Set<String> queried = new TreeSet<>();
        Json.mapper().readTree(dashboard.toFile()).path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> {
                    Matcher metric = METRIC.matcher(target.path("expr").asString());
                    while (metric.find()) {
                        queried.add(metric.group());
                    }
                }));

        assertThat(queried).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(exposed).contains(name));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
