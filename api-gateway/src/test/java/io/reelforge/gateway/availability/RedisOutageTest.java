package io.reelforge.gateway.availability;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import io.reelforge.gateway.TopicReader;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis killed under a running gateway (on the shared Kafka broker): every request that needs it is answered
 * {@code 503} with {@code Retry-After} at once, the health check says DOWN, nothing a refused request asked for is
 * carried out when Redis is back, and the gateway recovers by itself. Each answer is read with a client that gives
 * up after 2 s, the most a client should wait. Redis keeps its data across the kill, as a real one does, so a
 * command the gateway had buffered and replayed after the restart would leave a job behind.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.gateway.webhooks.enabled=false"})
@DirtiesContext // its Redis is its own, and gone after the class
class RedisOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final RestartableRedis REDIS = RestartableRedis.start(
            Path.of("target", "redis-outage-" + UUID.randomUUID()));

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore keys;

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("spring.data.redis.url", REDIS::url);
        registry.add("reelforge.artifacts.root", () -> Path.of("target", "redis-outage-artifacts").toString());
    }

    @AfterEach
    void redisRunsAgain() {
        REDIS.start();
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Test
    void submitWhileRedisIsDownIsRefusedWithin2sAndNeverCarriedOutAfterwards() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 12);
        ApiClient client = new ApiClient(port, keys.create(tenant, "test").secret());
        REDIS.kill();

        HttpResponse<String> refused = within2s(client, client.request("/api/v1/videos")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.VIDEO_BODY)));

        assertServiceUnavailable(refused);
        REDIS.start();
        String recovered = awaitRecoveredSubmit(client);
        // the refused request left nothing: the tenant's only job and only stage message are the one made after
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> json(client.get("/api/v1/jobs")).path("total").asLong() == 1);
        assertThat(TopicReader.recordsOnceArrived(Topics.SCRAPE_REQUESTS, recovered).stream()
                .map(r -> (JobMessage) r.value())
                .filter(m -> m.tenant().equals(tenant))
                .map(JobMessage::jobId))
                .containsExactly(recovered);
    }

    @Test
    void jobReadsWhileRedisIsDownAreRefusedWithin2s() {
        ApiClient client = newTenant();
        String id = client.createJob();
        REDIS.kill();

        assertServiceUnavailable(within2s(client, client.request("/api/v1/jobs/" + id).GET()));
        assertServiceUnavailable(within2s(client, client.request("/api/v1/jobs").GET()));
        REDIS.start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json(client.get("/api/v1/jobs/" + id)).path("id").asString()).isEqualTo(id));
    }

    @Test
    void healthSaysDownWithin2sWhileRedisIsDownAndUpWhenItIsBack() {
        ApiClient anonymous = new ApiClient(port, null);
        REDIS.kill();

        HttpResponse<String> down = within2s(anonymous, anonymous.request("/actuator/health").GET());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down).path("status").asString()).isEqualTo("DOWN");
        REDIS.start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> up = anonymous.get("/actuator/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(json(up).path("status").asString()).isEqualTo("UP");
        });
    }

    @Test
    void aRedisCommandIssuedWhileDisconnectedIsRefusedNotKeptForLater() {
        String key = "reelforge:test:outage:" + UUID.randomUUID();
        REDIS.kill();

        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> redis.opsForValue().set(key, "late"));
        // refused at once: not parked until Redis is back, when its caller would long have given up
        await().atMost(PATIENCE).until(write::isDone);
        REDIS.start();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> redis.opsForValue().setIfAbsent(key + ":probe", "x") != null);

        assertThat(write).failsWithin(Duration.ZERO).withThrowableThat()
                .satisfies(e -> assertThat(Outages.isRedisUnavailable(e)).as(e.toString()).isTrue());
        assertThat(redis.hasKey(key)).isFalse();
    }

    private ApiClient newTenant() {
        return new ApiClient(port, keys.create("t-" + UUID.randomUUID().toString().substring(0, 12), "test").secret());
    }

    /** Once Redis is back, a submit succeeds again without anyone restarting the gateway. */
    private static String awaitRecoveredSubmit(ApiClient client) {
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/api/v1/jobs").statusCode() == 200);
        return client.createJob();
    }

    /** The answer, read by a client that waits at most 2 s: a slower answer fails the test. */
    private static HttpResponse<String> within2s(ApiClient client, HttpRequest.Builder request) {
        return client.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertServiceUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).path("code").asString()).isEqualTo("service_unavailable");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
    }
}
