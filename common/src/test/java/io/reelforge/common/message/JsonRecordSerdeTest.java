package io.reelforge.common.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.NarrationMode;
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
            byte[] wire = serializer.serialize(Pipeline.topic(payload.stage(), Lane.INTERACTIVE), message);
            assertThat(deserializer.deserialize(Pipeline.topic(payload.stage(), Lane.BULK), wire)).isEqualTo(message);
        }
    }

    @Test
    void aRenderRequestCarriesTheJobsRenderOptions() {
        var options = new JobOptions(15, "de", null, null, null, null, "1:1", false, "https://cdn.example/bed.mp3");
        var request = new RenderRequest(Products.aProduct(List.of("https://shop.example/1.jpg")), Products.aScript(2),
                options);
        JobMessage message = JobMessage.of("job-1", "acme", 1, request, now);

        Object read = deserializer.deserialize(Topics.RENDER_REQUESTS,
                serializer.serialize(Topics.RENDER_REQUESTS, message));

        assertThat(((RenderRequest) ((JobMessage) read).payload()).options()).isEqualTo(options);
    }

    @Test
    void theVoiceNarrationCaptionStyleAndBrandKitTravelUnderTheirApiNames() {
        var options = new JobOptions(15, "en", null, null, null, null, null, null, null, "nova", NarrationMode.NONE,
                CaptionStyle.PLAIN, new BrandKit("https://cdn.example/logo.png", "#1d3557", null, "Nunito"));
        JobMessage message = JobMessage.of("job-1", "acme", 1, new RenderRequest(
                Products.aProduct(List.of("https://shop.example/1.jpg")), Products.aScript(1), options), now);

        byte[] wire = serializer.serialize(Topics.RENDER_REQUESTS, message);
        JobMessage read = (JobMessage) deserializer.deserialize(Topics.RENDER_REQUESTS, wire);

        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"narration\":\"none\"",
                "\"captionStyle\":\"plain\"", "\"voice\":\"nova\"", "\"primaryColor\":\"#1D3557\"",
                "\"font\":\"nunito\"");
        assertThat(((RenderRequest) read.payload()).options()).isEqualTo(options);
    }

    @Test
    void aRenderRequestWrittenBeforeRenderOptionsExistedLeavesThemToTheWorker() {
        String older = """
                {"version":1,"jobId":"j","tenant":"t","attempt":1,"createdAt":"2026-03-01T10:00:00Z",
                 "payload":{"type":"render","product":{"title":"Kettle","images":["https://shop.example/1.jpg"]},
                  "script":{"language":"en","title":"Kettle","scenes":[{"narration":"Meet the kettle.",
                   "imageIndex":0}]},
                  "options":{"durationSeconds":30,"language":"en","tone":"calm"}}}""";

        JobMessage read = (JobMessage) deserializer.deserialize(Topics.RENDER_REQUESTS,
                older.getBytes(StandardCharsets.UTF_8));

        JobOptions options = ((RenderRequest) read.payload()).options();
        assertThat(options).isEqualTo(new JobOptions(30, "en", "calm"));
        assertThat(options.format()).isNull();
        assertThat(options.captions()).isNull();
        assertThat(options.musicUrl()).isNull();
    }

    @Test
    void absentRenderOptionsAreLeftOutOfTheMessage() {
        JobMessage message = JobMessage.of("job-1", "acme", 1, new RenderRequest(
                Products.aProduct(List.of("https://shop.example/1.jpg")), Products.aScript(1), JobOptions.defaults()),
                now);

        String json = new String(serializer.serialize(Topics.RENDER_REQUESTS, message), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"format\"", "\"captions\"", "\"musicUrl\"");
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
