package io.reelforge.common.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.testing.Products;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordSerdeTest {

    private final JsonRecordSerializer serializer = new JsonRecordSerializer();
    private final JsonRecordDeserializer deserializer = new JsonRecordDeserializer();
    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void eachStagePayloadSurvivesTheWire() {
        var product = Products.aProduct(List.of("https://shop.example/1.jpg"));
        List<StagePayload> payloads = List.of(new ScrapeRequest("https://shop.example/p"),
                new ScriptRequest(product, null, JobOptions.defaults()),
                new RenderRequest(product, Products.aScript(2), JobOptions.defaults()));
        for (StagePayload payload : payloads) {
            JobMessage message = JobMessage.of("job-1", "acme", 1, payload, now);
            byte[] wire = serializer.serialize(payload.topic(), message);
            assertThat(deserializer.deserialize(payload.topic(), wire)).isEqualTo(message);
        }
    }

    @Test
    void theEnvelopeCarriesVersionAndATypedPayload() {
        JobMessage message = JobMessage.of("job-1", "acme", 1, new ScrapeRequest("https://shop.example/p"), now);
        String json = new String(serializer.serialize(Topics.SCRAPE_REQUESTS, message), StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\":1", "\"jobId\":\"job-1\"", "\"type\":\"scrape\"",
                "\"createdAt\":\"2026-03-01T10:00:00Z\"");
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String newer = """
                {"version":2,"jobId":"j","tenant":"t","attempt":1,"createdAt":"2026-03-01T10:00:00Z",
                 "priority":"high","payload":{"type":"scrape","url":"https://shop.example/p","depth":3}}""";
        Object read = deserializer.deserialize(Topics.SCRAPE_REQUESTS, newer.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isInstanceOf(JobMessage.class);
        assertThat(((JobMessage) read).payload()).isEqualTo(new ScrapeRequest("https://shop.example/p"));
    }

    @Test
    void deadLetterTopicsCarryTheirSourceTopicsRecord() {
        JobMessage message = JobMessage.of("job-1", "acme", 1, new ScrapeRequest("https://shop.example/p"), now);
        byte[] wire = serializer.serialize(Topics.SCRAPE_REQUESTS, message);
        assertThat(deserializer.deserialize(Topics.deadLetter(Topics.SCRAPE_REQUESTS), wire)).isEqualTo(message);
    }
}
