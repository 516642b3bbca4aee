package io.reelforge.gateway.webhook;

import static io.reelforge.gateway.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.gateway.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/webhook/deliveries}: a tenant's most recent deliveries across its jobs, newest first. */
class RecentDeliveriesTest extends WebhookGateway {

    @Test
    void theTenantsRecentDeliveriesAcrossItsJobsComeNewestFirst() throws Exception {
        ApiClient client = tenant();
        try (Receiver receiver = new Receiver()) {
            String callback = ", \"callbackUrl\": \"" + receiver.url() + "\"";
            String first = jobWith(client, callback);
            cancel(client, first);
            await().atMost(WAIT).until(() -> recent(client, 20).size() == 1);
            String second = jobWith(client, callback);
            cancel(client, second);

            await().atMost(WAIT).untilAsserted(() -> {
                List<JsonNode> deliveries = recent(client, 20);
                assertThat(deliveries).extracting(d -> d.path("jobId").asString()).containsExactly(second, first);
                assertThat(deliveries).allSatisfy(d -> {
                    assertThat(d.path("type").asString()).isEqualTo("job.canceled");
                    assertThat(d.path("state").asString()).isEqualTo("succeeded");
                    assertThat(d.path("attempts").path(0).path("statusCode").asInt()).isEqualTo(200);
                });
            });
            assertThat(recent(client, 1)).extracting(d -> d.path("jobId").asString()).containsExactly(second);
            assertThat(recent(tenant(), 20)).as("another tenant's").isEmpty();
        }
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedNamingIt() {
        ApiClient client = tenant();
        for (String limit : List.of("0", "101")) {
            var answer = client.get("/api/v1/webhook/deliveries?limit=" + limit);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(json(answer).path("errors").path(0).path("field").asString()).isEqualTo("limit");
        }
    }

    private static List<JsonNode> recent(ApiClient client, int limit) {
        var answer = client.get("/api/v1/webhook/deliveries?limit=" + limit);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer).path("items").valueStream().toList();
    }
}
