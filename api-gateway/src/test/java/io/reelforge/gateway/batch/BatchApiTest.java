package io.reelforge.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.gateway.ApiClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/batches} as clients use it: create from items or a feed, read, list items, cancel, retry. */
class BatchApiTest extends BatchStackTest {

    private static final String MERCHANT_FEED = """
            <?xml version="1.0"?>
            <rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">
              <channel>
                <title>Sample store</title>
                <link>http://127.0.0.1:1/</link>
                <description>Products</description>
                <item>
                  <g:id>mug-1</g:id>
                  <title>Stoneware Mug</title>
                  <link>http://127.0.0.1:1/p/mug</link>
                  <g:price>18.00 USD</g:price>
                  <g:image_link>http://127.0.0.1:1/i/mug.jpg</g:image_link>
                  <g:availability>in_stock</g:availability>
                </item>
                <item>
                  <g:id>lamp-2</g:id>
                  <title>Brass Desk Lamp</title>
                  <link>http://127.0.0.1:1/p/lamp</link>
                  <g:price>89.00 USD</g:price>
                  <g:image_link>http://127.0.0.1:1/i/lamp.jpg</g:image_link>
                  <g:availability>out_of_stock</g:availability>
                </item>
                <item>
                  <g:id>bag-3</g:id>
                  <link>http://127.0.0.1:1/p/bag</link>
                  <g:availability>in_stock</g:availability>
                </item>
              </channel>
            </rss>
            """;

    @Test
    void everyItemBecomesABulkJobAndTheBatchCompletesWithItsCounts() {
        ApiClient client = client("shop");
        String id = create(client, "{\"items\": " + urls(List.of("http://127.0.0.1:1/a", "http://127.0.0.1:1/b",
                "http://127.0.0.1:1/c")) + ", \"name\": \"spring\"}");

        JsonNode done = awaitStatus(client, id, "completed");

        assertThat(done.path("name").asString()).isEqualTo("spring");
        assertThat(done.path("counts").path("succeeded").asLong()).isEqualTo(3);
        assertThat(done.path("progress").asInt()).isEqualTo(100);
        assertThat(done.path("finishedAt").isMissingNode()).isFalse();
        JsonNode items = ApiClient.json(client.get("/api/v1/batches/" + id + "/items")).path("items");
        assertThat(items).hasSize(3);
        for (JsonNode item : items) {
            assertThat(item.path("state").asString()).isEqualTo("succeeded");
            var job = jobs.find(item.path("jobId").asString()).orElseThrow();
            assertThat(job.lane()).isEqualTo(Lane.BULK);
            assertThat(job.request().batchId()).isEqualTo(id);
        }
    }

    @Test
    void theSamePageWithTheSameOptionsIsMadeOnceAndBothItemsPointAtIt() {
        ApiClient client = client("dupes");
        String id = create(client, """
                {"items": [{"url": "http://127.0.0.1:1/same"}, {"url": "http://127.0.0.1:1/other"},
                           {"url": "http://127.0.0.1:1/same"}, {"url": "http://127.0.0.1:1/same",
                            "options": {"format": "1:1"}}]}""");

        JsonNode done = awaitStatus(client, id, "completed");

        assertThat(done.path("duplicates").asInt()).isEqualTo(1);
        assertThat(done.path("counts").path("succeeded").asLong()).as("every item counts").isEqualTo(4);
        JsonNode items = ApiClient.json(client.get("/api/v1/batches/" + id + "/items")).path("items");
        assertThat(items.path(2).path("duplicateOf").asInt()).isZero();
        assertThat(items.path(2).path("jobId").asString()).isEqualTo(items.path(0).path("jobId").asString());
        assertThat(items.path(3).path("jobId").asString()).as("other options, another video")
                .isNotEqualTo(items.path(0).path("jobId").asString());
    }

    @Test
    void anUploadedMerchantFeedSkipsOutOfStockProductsAndRendersCompleteOnesWithoutScraping() {
        ApiClient client = client("feed");
        String id = upload(client, MERCHANT_FEED, "application/rss+xml", "?format=9:16");

        JsonNode done = awaitStatus(client, id, "completed");

        assertThat(done.path("total").asInt()).isEqualTo(3);
        assertThat(done.path("counts").path("skipped").asLong()).isEqualTo(1);
        assertThat(done.path("counts").path("succeeded").asLong()).isEqualTo(2);
        JsonNode items = ApiClient.json(client.get("/api/v1/batches/" + id + "/items")).path("items");
        assertThat(items.path(0).path("sourceId").asString()).isEqualTo("mug-1");
        assertThat(items.path(1).path("state").asString()).isEqualTo("skipped");
        assertThat(items.path(1).path("reason").asString()).isEqualTo("out_of_stock");
        var mug = jobs.find(items.path(0).path("jobId").asString()).orElseThrow();
        assertThat(mug.kind().wireName()).as("title, price and image: nothing to scrape").isEqualTo("render");
        assertThat(mug.request().options().format()).isEqualTo("9:16");
        var bag = jobs.find(items.path(2).path("jobId").asString()).orElseThrow();
        assertThat(bag.kind().wireName()).as("only a link: its page is scraped").isEqualTo("video");
    }

    @Test
    void outOfStockProductsAreMadeWhenAskedFor() {
        ApiClient client = client("feed-all");
        String id = upload(client, MERCHANT_FEED, "application/rss+xml", "?includeOutOfStock=true");

        JsonNode done = awaitStatus(client, id, "completed");

        assertThat(done.path("counts").path("skipped").asLong()).isZero();
        assertThat(done.path("counts").path("succeeded").asLong()).isEqualTo(3);
    }

    @Test
    void cancelingABatchCancelsWhatRunsAndNeverMakesWhatWaits() {
        ApiClient client = client("cancel");
        String id = create(client, "{\"items\": " + urls(IntStream.range(0, 200)
                .mapToObj(i -> "http://127.0.0.1:1/c/" + i).toList()) + "}");
        await().atMost(PATIENCE).until(() -> batch(client, id).path("counts").path("running").asLong() > 0);

        HttpResponse<String> canceled = client.delete("/api/v1/batches/" + id);

        assertThat(canceled.statusCode()).isEqualTo(200);
        JsonNode after = ApiClient.json(canceled);
        assertThat(after.path("status").asString()).isEqualTo("canceled");
        assertThat(after.path("counts").path("pending").asLong()).isZero();
        assertThat(after.path("counts").path("running").asLong()).isZero();
        long made = after.path("counts").path("succeeded").asLong() + after.path("counts").path("failed").asLong();
        assertThat(made).as("only the few in flight were ever made").isLessThan(200 - 100);
        assertThat(client.delete("/api/v1/batches/" + id).statusCode()).isEqualTo(409);
    }

    @Test
    void retryRunsTheFailedItemsAgainFromTheStageTheyFailedIn() {
        ApiClient client = client("retry");
        String id = create(client, "{\"items\": " + urls(List.of("http://127.0.0.1:1/ok",
                "http://127.0.0.1:1" + TimedStageWorkers.FAILS_FIRST_TIME + "x")) + "}");
        JsonNode first = awaitStatus(client, id, "completed");
        assertThat(first.path("counts").path("failed").asLong()).isEqualTo(1);
        assertThat(first.path("failures").path("fetch_failed").asLong()).isEqualTo(1);
        JsonNode failed = ApiClient.json(client.get("/api/v1/batches/" + id + "/items?state=failed")).path("items");
        assertThat(failed).singleElement().satisfies(item ->
                assertThat(item.path("errorCode").asString()).isEqualTo("fetch_failed"));

        assertThat(client.post("/api/v1/batches/" + id + "/retry", "").statusCode()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> batch(client, id).path("counts").path("succeeded").asLong() == 2);
        JsonNode after = awaitStatus(client, id, "completed");
        assertThat(after.path("counts").path("failed").asLong()).isZero();
        var job = jobs.find(failed.path(0).path("jobId").asString()).orElseThrow();
        assertThat(job.attempt()).isEqualTo(2);
    }

    @Test
    void theTenantsBatchesAreListedNewestFirstAPageAtATime() {
        ApiClient client = client("list");
        String older = create(client, "{\"items\": " + urls(List.of("http://127.0.0.1:1/l/1"))
                + ", \"name\": \"older\"}");
        awaitStatus(client, older, "completed");
        String newer = create(client, "{\"items\": " + urls(List.of("http://127.0.0.1:1/l/2")) + "}");

        JsonNode first = ApiClient.json(client.get("/api/v1/batches?size=1"));
        JsonNode second = ApiClient.json(client.get("/api/v1/batches?size=1&page=1"));

        assertThat(first.path("items")).singleElement().satisfies(b ->
                assertThat(b.path("id").asString()).isEqualTo(newer));
        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("totalPages").asLong()).isEqualTo(2);
        JsonNode listed = second.path("items").path(0);
        assertThat(listed.path("id").asString()).isEqualTo(older);
        assertThat(listed.path("name").asString()).isEqualTo("older");
        assertThat(listed.path("counts").path("succeeded").asLong()).isEqualTo(1);
        assertThat(ApiClient.json(client("other-list").get("/api/v1/batches")).path("total").asLong()).isZero();
        assertThat(client.get("/api/v1/batches?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aBatchOfAnotherTenantIsNotFound() {
        ApiClient owner = client("owner");
        String id = create(owner, "{\"items\": " + urls(List.of("http://127.0.0.1:1/mine")) + "}");

        ApiClient other = client("other");

        assertThat(other.get("/api/v1/batches/" + id).statusCode()).isEqualTo(404);
        assertThat(other.delete("/api/v1/batches/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/batches/" + id + "/items").statusCode()).isEqualTo(404);
    }

    @Test
    void aBatchOverTenThousandItemsIsRefusedWithTheLimit() {
        ApiClient client = client("huge");
        List<String> pages = new ArrayList<>();
        IntStream.range(0, 10_001).forEach(i -> pages.add("http://127.0.0.1:1/h/" + i));

        HttpResponse<String> response = client.post("/api/v1/batches", "{\"items\": " + urls(pages) + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("items", "10000");
    }

    @Test
    void theSameIdempotencyKeyAnswersWithTheSameBatch() {
        ApiClient client = client("idem");
        String body = "{\"items\": " + urls(List.of("http://127.0.0.1:1/once")) + "}";

        HttpResponse<String> first = client.post("/api/v1/batches", body, "Idempotency-Key", "catalog-2026-12");
        HttpResponse<String> again = client.post("/api/v1/batches", body, "Idempotency-Key", "catalog-2026-12");

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ApiClient.json(again).path("id").asString()).isEqualTo(ApiClient.json(first).path("id").asString());
    }
}
