package io.reelforge.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway as it runs (HTTP, the dispatcher, Kafka's lane topics, Redis) with {@link TimedStageWorkers} doing the
 * stages; the batch test classes share this one application context.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.gateway.webhooks.enabled=false", "reelforge.gateway.batches.max-in-flight=4",
                "reelforge.gateway.batches.tick=50ms"})
abstract class BatchStackTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int MAX_IN_FLIGHT = 4;

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore keys;

    @Autowired
    JobTracker tracker;

    @Autowired
    JobStore jobs;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    ConsumerFactory<String, Object> consumers;

    private TimedStageWorkers workers;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.artifacts.root", () -> Path.of("target", "batch-stack-artifacts").toAbsolutePath()
                .toString());
    }

    @BeforeEach
    void startWorkers() {
        workers = new TimedStageWorkers(tracker, jobs, artifacts, consumers, "batch-workers-" + System.nanoTime(),
                Map.of(JobStatus.SCRAPING, Duration.ofMillis(5), JobStatus.SCRIPTING, Duration.ofMillis(5),
                        JobStatus.RENDERING, Duration.ofMillis(40)));
        workers.start();
        await().atMost(PATIENCE).until(workers::assigned);
    }

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    ApiClient client(String tenant) {
        return new ApiClient(port, keys.create(tenant + "-" + System.nanoTime(), null).secret());
    }

    static String urls(List<String> urls) {
        return urls.stream().map(u -> "{\"url\": \"" + u + "\"}").collect(Collectors.joining(",", "[", "]"));
    }

    static String create(ApiClient client, String body) {
        var response = client.post("/api/v1/batches", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ApiClient.json(response).path("id").asString();
    }

    /** Uploads a feed as a batch's body and returns the batch's id. */
    static String upload(ApiClient client, String feed, String type, String query) {
        HttpRequest request = client.request("/api/v1/batches" + query).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(feed)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ApiClient.json(response).path("id").asString();
    }

    static JsonNode batch(ApiClient client, String id) {
        return ApiClient.json(client.get("/api/v1/batches/" + id));
    }

    static JsonNode awaitStatus(ApiClient client, String id, String status) {
        return await().atMost(PATIENCE).until(() -> batch(client, id), b -> b.path("status").asString().equals(status));
    }
}
