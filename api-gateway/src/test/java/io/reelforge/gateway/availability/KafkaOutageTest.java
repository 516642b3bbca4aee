package io.reelforge.gateway.availability;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobFilter;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Kafka broker dies under a running gateway that has already sent to it (a broker of this class's own; Redis
 * is the shared one): a submit is refused with {@code 503} and {@code Retry-After} within 2 s; the job it saved is
 * failed, so no message that reached Kafka after all can ever run it; the submits right after it are refused at
 * once without saving anything; nothing is left queued. The health check says DOWN within 2 s; reads still work.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.gateway.webhooks.enabled=false"})
@DirtiesContext // its broker is its own, and dead after the class
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore keys;

    @Autowired
    JobStore jobs;

    @Autowired
    KafkaWarmUp warmUp;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 12);
    private ApiClient client;
    private String queuedBeforeTheOutage;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("spring.kafka.bootstrap-servers", BROKER::getBrokersAsString);
        registry.add("reelforge.artifacts.root", () -> Path.of("target", "kafka-outage-artifacts").toString());
    }

    @BeforeAll
    void brokerDiesAfterTheGatewayHasUsedIt() {
        // on a busy machine the first submit could race the producer's first metadata fetch (max.block.ms 500 ms)
        await().atMost(Duration.ofSeconds(30)).until(warmUp::warm);
        client = new ApiClient(port, keys.create(tenant, "test").secret());
        queuedBeforeTheOutage = client.createJob();
        BROKER.destroy();
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @Test
    void submitsAreRefusedWithin2sAndLeaveNoJobThatCouldRun() {
        HttpResponse<String> first = within2s(client.request("/api/v1/videos")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.VIDEO_BODY)));
        HttpResponse<String> next = within2s(client.request("/api/v1/generate-script")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"keyword\": \"pour-over coffee\"}")));

        // the first waited for Kafka: its job was saved, and is failed, so a message that got through cannot run it
        assertQueueUnavailable(first);
        Job saved = jobs.find(json(first).path("jobId").asString()).orElseThrow();
        assertThat(saved.status()).isEqualTo(JobStatus.FAILED);
        assertThat(saved.error()).isNotNull();
        assertThat(saved.error().code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        // the next did not wait: Kafka had just refused a job, so nothing was saved at all
        assertQueueUnavailable(next);
        assertThat(json(next).has("jobId")).isFalse();
        assertThat(jobs.list(tenant, JobFilter.ALL, 0, 100).jobs()).extracting(Job::id).containsExactlyInAnyOrder(queuedBeforeTheOutage,
                saved.id());
        // nothing is left waiting for a message that was never sent: the only queued job predates the outage
        assertThat(jobs.list(tenant, JobFilter.ALL, 0, 100).jobs().stream().filter(j -> j.status() == JobStatus.QUEUED).map(Job::id))
                .containsExactly(queuedBeforeTheOutage);
    }

    @Test
    void healthSaysDownWithin2s() {
        ApiClient anonymous = new ApiClient(port, null);

        HttpResponse<String> down = anonymous.send(anonymous.request("/actuator/health").timeout(PATIENCE).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down).path("status").asString()).isEqualTo("DOWN");
    }

    @Test
    void jobsCanStillBeReadWhileKafkaIsDown() {
        HttpResponse<String> read = within2s(client.request("/api/v1/jobs/" + queuedBeforeTheOutage).GET());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).path("status").asString()).isEqualTo("queued");
    }

    private static void assertQueueUnavailable(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(json(refused).path("code").asString()).isEqualTo("queue_unavailable");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
    }

    private HttpResponse<String> within2s(HttpRequest.Builder request) {
        return client.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerListProperty("reelforge.test.kafka-outage.brokers"); // leave the shared broker's property alone
        broker.brokerProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        broker.afterPropertiesSet();
        return broker;
    }
}
