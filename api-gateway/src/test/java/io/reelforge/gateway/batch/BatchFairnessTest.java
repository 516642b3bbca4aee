package io.reelforge.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.gateway.ApiClient;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fair lanes, end to end through the gateway, the real dispatcher, Kafka's lane topics and Redis, with a worker
 * that runs every stage through the real stage executor (each stage takes a set time): a single request never waits
 * behind a catalog, and a large batch does not make another tenant's small one wait for it.
 */
class BatchFairnessTest extends BatchStackTest {

    @Test
    void aSingleJobFinishesWhileAThousandItemBatchQueuedBeforeItIsStillRunning() {
        ApiClient tenant = client("catalog-owner");
        String batch = createBatch(tenant, 1000, "http://127.0.0.1:1/thousand/");
        await().atMost(PATIENCE).until(() -> batch(tenant, batch).path("counts").path("running").asLong() > 0);

        String single = tenant.createJob();

        await().atMost(PATIENCE).until(() -> ApiClient.json(tenant.get("/api/v1/jobs/" + single))
                .path("status").asString().equals("succeeded"));
        JsonNode during = batch(tenant, batch);
        assertThat(during.path("status").asString()).isEqualTo("open");
        assertThat(during.path("counts").path("pending").asLong()).as("items still waiting").isGreaterThan(900);
        tenant.delete("/api/v1/batches/" + batch);
    }

    @Test
    void aTenantsTwentyItemsFinishBeforeAnotherTenantsFiveHundredQueuedFirst() {
        ApiClient big = client("big-catalog");
        ApiClient small = client("small-shop");
        String large = createBatch(big, 500, "http://127.0.0.1:1/big/");
        await().atMost(PATIENCE).until(() -> batch(big, large).path("counts").path("running").asLong() > 0);

        String twenty = createBatch(small, 20, "http://127.0.0.1:1/small/");

        await().atMost(PATIENCE).until(() -> batch(small, twenty).path("status").asString().equals("completed"));
        assertThat(batch(small, twenty).path("counts").path("succeeded").asLong()).isEqualTo(20);
        JsonNode bigBatch = batch(big, large);
        assertThat(bigBatch.path("status").asString()).isEqualTo("open");
        assertThat(bigBatch.path("counts").path("succeeded").asLong())
                .as("turns alternate between the tenants: the big batch got about as many as the small one")
                .isLessThanOrEqualTo(20 + 2L * MAX_IN_FLIGHT);
        big.delete("/api/v1/batches/" + large);
    }

    private static String createBatch(ApiClient client, int items, String urlPrefix) {
        return create(client, "{\"items\": " + urls(IntStream.range(0, items).mapToObj(i -> urlPrefix + i).toList())
                + ", \"defaults\": {\"format\": \"9:16\"}}");
    }

}
