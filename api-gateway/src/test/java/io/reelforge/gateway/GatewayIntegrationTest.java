package io.reelforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.StagePayload;
import io.reelforge.common.message.Topics;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as it runs: a real HTTP server, the shared Kafka broker and Redis. Jobs land in Redis, their first
 * stage message on the right topic, and files in the artifact store come back whole or by range.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.gateway.webhooks.enabled=false"})
class GatewayIntegrationTest {

    private static final Path ARTIFACTS = createTempDirectory();
    private static final String PAGE = "http://127.0.0.1:1/products/aurora";
    private static final String PRODUCT = """
            {"title": "Aurora Ceramic Pour-Over Set", "images": ["http://127.0.0.1:1/a.jpg"]}""";
    private static final String SCRIPT = """
            {"title": "Aurora", "scenes": [{"narration": "Slow mornings, done right.", "imageIndex": 0}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JobStore jobs;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    ApiKeyStore keys;

    private String key;

    @BeforeEach
    void createKey() {
        key = keys.create("integration", null).secret();
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.artifacts.root", ARTIFACTS::toString);
    }

    @AfterAll
    static void removeArtifacts() throws IOException {
        FileSystemUtils.deleteRecursively(ARTIFACTS);
    }

    @Test
    void videoJobIsQueuedInRedisAndItsScrapeRequestIsOnTheScrapeTopic() throws Exception {
        HttpResponse<String> response = post("/api/v1/videos",
                "{\"url\": \"" + PAGE + "\", \"durationSeconds\": 30, \"language\": \"en\", \"tone\": \"energetic\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        String id = read(response).path("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/jobs/" + id);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(jobs.find(id)).hasValueSatisfying(job -> assertThat(job.status()).isEqualTo(JobStatus.QUEUED));
        var record = TopicReader.awaitRecord(Topics.SCRAPE_REQUESTS, id);
        JobMessage message = (JobMessage) record.value();
        assertThat(message.jobId()).isEqualTo(id);
        assertThat(message.payload()).isEqualTo(new ScrapeRequest(PAGE));
    }

    static Stream<Arguments> firstStages() {
        return Stream.of(
                Arguments.of("/api/v1/scrape-product-url", "{\"url\": \"" + PAGE + "\"}", Topics.SCRAPE_REQUESTS,
                        ScrapeRequest.class),
                Arguments.of("/api/v1/generate-script", "{\"keyword\": \"pour-over coffee\"}", Topics.SCRIPT_REQUESTS,
                        ScriptRequest.class),
                Arguments.of("/api/v1/generate-video", "{\"product\": " + PRODUCT + "}", Topics.SCRIPT_REQUESTS,
                        ScriptRequest.class),
                Arguments.of("/api/v1/generate-video", "{\"product\": " + PRODUCT + ", \"script\": " + SCRIPT + "}",
                        Topics.RENDER_REQUESTS, RenderRequest.class));
    }

    @Test
    void theScriptOptionsReachTheFirstStageMessage() throws Exception {
        HttpResponse<String> response = post("/api/v1/generate-script", """
                {"keyword": "pour-over coffee", "durationSeconds": 15, "language": "de", "tone": "calm",
                 "audience": "busy parents", "callToAction": " Order yours today. ", "maxScenes": 4}""");

        assertThat(response.statusCode()).isEqualTo(202);
        String id = read(response).path("id").asString();
        assertThat(TopicReader.awaitMessage(Topics.SCRIPT_REQUESTS, id).payload())
                .isInstanceOfSatisfying(ScriptRequest.class, request -> assertThat(request.options())
                        .isEqualTo(new JobOptions(15, "de", "calm", "busy parents", "Order yours today.", 4)));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("firstStages")
    void eachRouteSendsItsFirstStageToItsTopic(String route, String body, String topic,
            Class<? extends StagePayload> payload) throws Exception {
        HttpResponse<String> response = post(route, body);

        assertThat(response.statusCode()).isEqualTo(202);
        String id = read(response).path("id").asString();
        assertThat(TopicReader.awaitMessage(topic, id).payload()).isInstanceOf(payload);
    }

    @Test
    void createdJobCanBeReadAtItsLocation() throws Exception {
        HttpResponse<String> created = post("/api/v1/generate-script", "{\"keyword\": \"pour-over coffee\"}");

        HttpResponse<String> response = get(created.headers().firstValue("Location").orElseThrow());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode job = read(response);
        assertThat(job.path("id").asString()).isEqualTo(read(created).path("id").asString());
        assertThat(job.path("kind").asString()).isEqualTo("script");
        assertThat(job.path("status").asString()).isEqualTo("queued");
        assertThat(job.path("request").path("keyword").asString()).isEqualTo("pour-over coffee");
        assertThat(job.path("request").path("options").path("durationSeconds").asInt()).isEqualTo(30);
    }

    @Test
    void listIsNewestFirstAndPaged() throws Exception {
        String first = createJob();
        String second = createJob();
        String third = createJob();

        JsonNode page0 = read(get("/api/v1/jobs?page=0&size=2"));
        JsonNode page1 = read(get("/api/v1/jobs?page=1&size=2"));

        assertThat(page0.path("items").valueStream().map(j -> j.path("id").asString()))
                .containsExactly(third, second);
        assertThat(page1.path("items").path(0).path("id").asString()).isEqualTo(first);
        assertThat(page0.path("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page0.path("size").asInt()).isEqualTo(2);
    }

    @Test
    void cancelStopsAJobAndASecondCancelIsAConflict() throws Exception {
        String id = createJob();

        HttpResponse<String> canceled = delete("/api/v1/jobs/" + id);
        HttpResponse<String> again = delete("/api/v1/jobs/" + id);

        assertThat(canceled.statusCode()).isEqualTo(200);
        assertThat(read(canceled).path("status").asString()).isEqualTo("canceled");
        assertThat(jobs.find(id)).hasValueSatisfying(job -> assertThat(job.status()).isEqualTo(JobStatus.CANCELED));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(again).path("detail").asString()).contains("canceled");
    }

    @Test
    void unknownJobIsAProblem404() throws Exception {
        HttpResponse<String> response = get("/api/v1/jobs/6f1d9a52-4f0e-4c39-9a8e-3d2f8b7c1e00");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response).path("code").asString()).isEqualTo("job_not_found");
    }

    @Test
    void artifactDownloadsWholeAndByRange() throws Exception {
        String id = createJob();
        byte[] video = new byte[10_000];
        new Random(7).nextBytes(video);
        artifacts.write(id, "video.mp4", new ByteArrayInputStream(video));
        String path = "/api/v1/jobs/" + id + "/artifacts/video.mp4";

        HttpResponse<byte[]> whole = getBytes(path);
        HttpResponse<byte[]> range = getBytes(path, "Range", "bytes=0-99");
        HttpResponse<byte[]> tail = getBytes(path, "Range", "bytes=9990-");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 0, 100));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 0-99/10000");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, 9990, 10_000));
    }

    @Test
    void unchangedArtifactIsNotSentAgain() throws Exception {
        String id = createJob();
        artifacts.write(id, "thumbnail.jpg", new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
        String path = "/api/v1/jobs/" + id + "/artifacts/thumbnail.jpg";

        HttpResponse<byte[]> first = getBytes(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> second = getBytes(path, "If-None-Match", etag);

        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void openApiDocumentListsTheRoutes() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).path("paths").propertyNames()).contains("/api/v1/videos",
                "/api/v1/scrape-product-url", "/api/v1/generate-script", "/api/v1/generate-video", "/api/v1/jobs",
                "/api/v1/jobs/{id}", "/api/v1/jobs/{id}/artifacts/{name}");
    }

    @Test
    void openApiDocumentListsTheVideoFormatsOnlyWhereAVideoIsRendered() throws Exception {
        JsonNode schemas = read(get("/v3/api-docs")).path("components").path("schemas");

        for (String request : List.of("VideoRequest", "GenerateVideoRequest")) {
            JsonNode format = schemas.path(request).path("properties").path("format");
            assertThat(format.path("enum").valueStream().map(JsonNode::asString).toList())
                    .as(request).containsExactly("9:16", "9:16@1080", "1:1", "4:5", "16:9", "16:9@720");
            assertThat(schemas.path(request).path("properties").has("musicUrl")).as(request).isTrue();
        }
        for (String request : List.of("GenerateScriptRequest", "ScrapeProductRequest")) {
            assertThat(schemas.path(request).path("properties").has("format")).as(request).isFalse();
        }
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).path("status").asString()).isEqualTo("UP");
    }

    /** Creates a job and waits until the clock has moved on, so the next job is strictly newer. */
    private String createJob() throws Exception {
        JsonNode job = read(post("/api/v1/videos", "{\"url\": \"" + PAGE + "\"}"));
        Instant createdAt = Instant.parse(job.path("createdAt").asString());
        await().until(() -> Instant.now().isAfter(createdAt.plusMillis(1)));
        return job.path("id").asString();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("reelforge-gateway-artifacts");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
