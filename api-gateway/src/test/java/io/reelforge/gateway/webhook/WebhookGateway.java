package io.reelforge.gateway.webhook;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway with webhooks on, shared by the webhook tests (one application context): the retry schedule shrunk
 * to milliseconds (no jitter, so the delays can be compared) and the progress interval to two seconds.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                WebhookGateway.SCHEDULE, "reelforge.gateway.webhooks.jitter=0",
                "reelforge.gateway.webhooks.poll-interval=50ms", WebhookGateway.PROGRESS_INTERVAL})
abstract class WebhookGateway {

    static final String SCHEDULE = "reelforge.gateway.webhooks.schedule=0s,300ms,600ms,1200ms,2400ms";
    static final String PROGRESS_INTERVAL = "reelforge.gateway.webhooks.progress-interval=2s";
    static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore keys;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
    }

    @BeforeEach
    void listenerIsReading() {
        await().atMost(WAIT).until(() -> {
            var container = listeners.getListenerContainer(JobWebhookListener.GROUP);
            return container != null && container.getAssignedPartitions() != null
                    && !container.getAssignedPartitions().isEmpty();
        });
    }

    ApiClient tenant() {
        return new ApiClient(port, keys.create("hooks-" + UUID.randomUUID().toString().substring(0, 8), null)
                .secret());
    }

    /** A job created with this body (a video of an unreachable page: no worker runs in these tests). */
    static String jobWith(ApiClient client, String extraFields) {
        var created = client.post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:1/p\"" + extraFields + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return json(created).path("id").asString();
    }

    static void cancel(ApiClient client, String jobId) {
        assertThat(client.delete("/api/v1/jobs/" + jobId).statusCode()).isEqualTo(200);
    }
}
