package io.reelforge.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.ApiClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/batches/{id}/videos.zip}: every succeeded item's video in one streamed zip. */
class BatchVideosTest extends BatchStackTest {

    private static final Path DOWNLOADS = Path.of("target", "batch-zips");

    @Test
    void theSucceededItemsVideosComeInOneZipInItemOrderNamedAfterTheirProducts() throws IOException {
        ApiClient client = client("zip");
        String id = create(client, "{\"name\": \"Spring catalog\", \"items\": " + urls(List.of(
                "http://127.0.0.1:1/z/lamp", "http://127.0.0.1:1" + TimedStageWorkers.FAILS_FIRST_TIME + "z",
                "http://127.0.0.1:1/z/lamp", "http://127.0.0.1:1/z/kettle")) + "}");
        JsonNode items = items(client, awaitStatus(client, id, "completed"));

        HttpResponse<Path> answer = download(client, id);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("spring-catalog.zip"));
        assertThat(answer.headers().firstValue("Content-Length")).as("streamed as it is made").isEmpty();
        try (ZipFile zip = new ZipFile(answer.body().toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            // the failed item has no video; the repeat of the first page shares its video, in the zip once
            assertThat(entries).extracting(ZipEntry::getName).containsExactly(
                    "0000-aurora-ceramic-pour-over-set.mp4", "0003-aurora-ceramic-pour-over-set.mp4");
            assertThat(zip.getInputStream(entries.get(0)).readAllBytes())
                    .isEqualTo(TimedStageWorkers.videoOf(items.path(0).path("jobId").asString()));
            assertThat(zip.getInputStream(entries.get(1)).readAllBytes())
                    .isEqualTo(TimedStageWorkers.videoOf(items.path(3).path("jobId").asString()));
            assertThat(entries).allSatisfy(entry -> assertThat(entry.getCompressedSize())
                    .as("stored as it is, not compressed again").isGreaterThanOrEqualTo(entry.getSize()));
        }
    }

    @Test
    void aFeedsProductsAreNamedByTheirFeedIdsAndTitles() throws IOException {
        ApiClient client = client("zip-feed");
        String id = upload(client, """
                id,title,price,image_link
                MUG-1,Stoneware Mug,18.00 USD,http://127.0.0.1:1/i/mug.jpg
                LAMP-2,Brass Desk Lamp,89.00 USD,http://127.0.0.1:1/i/lamp.jpg
                """, "text/csv", "");
        awaitStatus(client, id, "completed");

        try (ZipFile zip = new ZipFile(download(client, id).body().toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .containsExactly("mug-1-stoneware-mug.mp4", "lamp-2-brass-desk-lamp.mp4");
        }
    }

    @Test
    void aBatchWithoutASucceededItemIsAConflictProblem() {
        ApiClient client = client("zip-none");
        String id = create(client, "{\"items\": " + urls(List.of(
                "http://127.0.0.1:1" + TimedStageWorkers.FAILS_FIRST_TIME + "only")) + "}");
        awaitStatus(client, id, "completed");

        HttpResponse<String> answer = client.get("/api/v1/batches/" + id + "/videos.zip");

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(answer).path("code").asString()).isEqualTo("no_videos");
        assertThat(ApiClient.json(answer).path("batchStatus").asString()).isEqualTo("completed");
    }

    @Test
    void anUnknownBatchOrAnotherTenantsIsNotFound() {
        ApiClient owner = client("zip-owner");
        String id = create(owner, "{\"items\": " + urls(List.of("http://127.0.0.1:1/z/mine")) + "}");
        awaitStatus(owner, id, "completed");

        for (HttpResponse<String> answer : List.of(client("zip-other").get("/api/v1/batches/" + id + "/videos.zip"),
                owner.get("/api/v1/batches/no-such-batch/videos.zip"))) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(ApiClient.json(answer).path("code").asString()).isEqualTo("batch_not_found");
        }
    }

    private static JsonNode items(ApiClient client, JsonNode batch) {
        return ApiClient.json(client.get("/api/v1/batches/" + batch.path("id").asString() + "/items")).path("items");
    }

    private static HttpResponse<Path> download(ApiClient client, String id) throws IOException {
        Files.createDirectories(DOWNLOADS);
        Path file = DOWNLOADS.resolve(id + ".zip");
        return client.send(client.request("/api/v1/batches/" + id + "/videos.zip").GET().build(),
                HttpResponse.BodyHandlers.ofFile(file));
    }
}
