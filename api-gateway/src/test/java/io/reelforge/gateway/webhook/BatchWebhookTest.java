package io.reelforge.gateway.webhook;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import io.reelforge.gateway.ApiClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A batch announces its end once, with one signed {@code batch.completed}; its items' jobs send none of their own. */
class BatchWebhookTest extends WebhookGateway {

    @Test
    void aCanceledBatchSendsOneSignedBatchCompletedAndItsItemsSendNothing() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            var created = client.post("/api/v1/batches", """
                    {"items": [{"url": "http://127.0.0.1:1/a"}, {"url": "http://127.0.0.1:1/b"}],
                     "callbackUrl": "%s"}""".formatted(receiver.url()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
            String id = json(created).path("id").asString();
            // released into the pipeline (no worker runs here, so they wait), then canceled with the batch
            await().atMost(WAIT).until(() -> json(client.get("/api/v1/batches/" + id)).path("counts")
                    .path("running").asLong() == 2);

            assertThat(client.delete("/api/v1/batches/" + id).statusCode()).isEqualTo(200);

            await().atMost(WAIT).until(() -> receiver.requests().size() == 1);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> receiver.requests().size() == 1);
            Receiver.Request request = receiver.requests().getFirst();
            new Webhook(json(client.get("/api/v1/webhook")).path("secret").asString())
                    .verify(request.body(), request.verifierHeaders());
            JsonNode body = io.reelforge.common.json.Json.mapper().readTree(request.body());
            assertThat(body.path("type").asString()).isEqualTo("batch.completed");
            assertThat(body.path("data").path("batchId").asString()).isEqualTo(id);
            assertThat(body.path("data").path("status").asString()).isEqualTo("canceled");
            assertThat(body.path("data").path("counts").path("canceled").asLong()).isEqualTo(2);
            assertThat(body.path("data").path("links").path("batch").asString()).isEqualTo("/api/v1/batches/" + id);
        }
    }
}
