package io.reelforge.gateway.webhook;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import io.reelforge.common.testing.SharedKafka;
import io.reelforge.common.testing.SharedRedis;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.GatewayApplication;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Signed webhook deliveries end to end: a job's final event on the shared broker becomes a delivery in Redis,
 * sent to a loopback receiver.
 */
class WebhookDeliveryTest extends WebhookGateway {

    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void aReceiverThatFailsThreeTimesGetsFourAttemptsOfOneSignedMessageWithGrowingDelays() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver(500, 500, 503)) {
            String id = finishedJobCalling(client, receiver.url());

            await().atMost(WAIT).until(() -> receiver.requests().size() == 4);

            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(requests.getFirst().header("webhook-id"));
            Duration first = Duration.between(requests.get(0).at(), requests.get(1).at());
            Duration second = Duration.between(requests.get(1).at(), requests.get(2).at());
            Duration third = Duration.between(requests.get(2).at(), requests.get(3).at());
            assertThat(first).isLessThan(second);
            assertThat(second).isLessThan(third);
            Webhook verifier = new Webhook(json(client.get("/api/v1/webhook")).path("secret").asString());
            for (Receiver.Request request : requests) {
                verifier.verify(request.body(), request.verifierHeaders());
            }
            JsonNode body = io.reelforge.common.json.Json.mapper().readTree(requests.getLast().body());
            assertThat(body.path("type").asString()).isEqualTo("job.canceled");
            assertThat(body.path("data").path("jobId").asString()).isEqualTo(id);
            assertThat(body.path("data").path("links").path("job").asString()).isEqualTo("/api/v1/jobs/" + id);
            await().atMost(WAIT).untilAsserted(() -> {
                JsonNode delivery = json(client.get("/api/v1/jobs/" + id + "/deliveries")).path("items").path(0);
                assertThat(delivery.path("state").asString()).isEqualTo("succeeded");
                assertThat(delivery.path("attempts").valueStream().map(a -> a.path("statusCode").asInt()))
                        .containsExactly(500, 500, 503, 200);
            });
        }
    }

    @Test
    void aReceiverThatAnswersGoneDisablesItsEndpointUntilADeliveryIsReplayed() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver(410)) {
            String first = finishedJobCalling(client, receiver.url());
            await().atMost(WAIT).until(() -> state(client, first).equals("disabled"));

            String second = finishedJobCalling(client, receiver.url());
            await().atMost(WAIT).until(() -> state(client, second).equals("disabled"));
            assertThat(receiver.requests()).hasSize(1);

            String deliveryId = json(client.get("/api/v1/jobs/" + first + "/deliveries")).path("items").path(0)
                    .path("id").asString();
            assertThat(client.post("/api/v1/jobs/" + first + "/deliveries/" + deliveryId + "/replay", "")
                    .statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> state(client, first).equals("succeeded"));
            assertThat(receiver.requests()).hasSize(2);
            assertThat(receiver.requests().getLast().header("webhook-id")).isEqualTo(deliveryId);
        }
    }

    @Test
    void aDeliveryPendingWhileTheGatewayIsDownIsSentByTheNextGatewayThatStarts() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver(429)) {
            finishedJobCalling(client, receiver.url());
            await().atMost(WAIT).until(() -> receiver.requests().size() == 1);
            dispatcher.stop(); // this gateway goes away before the second attempt (the 429 asked for 3 s)
            try {
                await().during(Duration.ofMillis(3500)).atMost(Duration.ofSeconds(6))
                        .until(() -> receiver.requests().size() == 1);

                try (ConfigurableApplicationContext another = anotherGateway()) {
                    await().atMost(WAIT).until(() -> receiver.requests().size() == 2);
                }
                assertThat(receiver.requests()).extracting(r -> r.header("webhook-id")).containsOnly(
                        receiver.requests().getFirst().header("webhook-id"));
            } finally {
                dispatcher.start();
            }
        }
    }

    @Test
    void aRetryAfterLongerThanTheScheduleIsHonoured() throws Exception {
        try (Receiver receiver = new Receiver(429)) {
            finishedJobCalling(tenant(), receiver.url());
            await().atMost(WAIT).until(() -> receiver.requests().size() == 2);

            // the schedule's next delay is 300 ms; the receiver asked for 3 s
            assertThat(Duration.between(receiver.requests().get(0).at(), receiver.requests().get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOne() throws Exception {
        ApiClient client = tenant();
        String oldSecret = json(client.get("/api/v1/webhook")).path("secret").asString();
        String newSecret = json(client.post("/api/v1/webhook/rotate-secret", "")).path("secret").asString();
        try (Receiver receiver = new Receiver()) {
            finishedJobCalling(client, receiver.url());
            await().atMost(WAIT).until(() -> receiver.requests().size() == 1);

            Receiver.Request request = receiver.requests().getFirst();
            assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
            new Webhook(oldSecret).verify(request.body(), request.verifierHeaders());
            new Webhook(newSecret).verify(request.body(), request.verifierHeaders());
        }
    }

    @Test
    void aCallbackUrlThatThePolicyRefusesIsRejectedAtSubmit() {
        var response = tenant().post("/api/v1/videos",
                "{\"url\": \"http://127.0.0.1:1/p\", \"callbackUrl\": \"http://169.254.169.254/latest\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("callbackUrl");
    }

    /** A job with this callback URL, canceled at once: its job.canceled event is what gets delivered. */
    private static String finishedJobCalling(ApiClient client, String callbackUrl) {
        String id = jobWith(client, ", \"callbackUrl\": \"" + callbackUrl + "\"");
        cancel(client, id);
        return id;
    }

    private static String state(ApiClient client, String jobId) {
        return json(client.get("/api/v1/jobs/" + jobId + "/deliveries")).path("items").path(0).path("state")
                .asString("none");
    }

    private static ConfigurableApplicationContext anotherGateway() {
        return GatewayApplication.builder().run("--server.port=0", "--spring.jmx.enabled=false",
                "--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
                "--spring.data.redis.url=" + SharedRedis.url(), "--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.kafka.partitions=4", "--" + SCHEDULE, "--reelforge.gateway.webhooks.jitter=0",
                "--reelforge.gateway.webhooks.poll-interval=50ms", "--" + PROGRESS_INTERVAL);
    }
}
