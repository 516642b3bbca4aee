package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole system with an API key: the script from the chat model (structured output) and the narration from
 * the speech endpoint, both answered by a local server speaking OpenAI's HTTP API. As a speech server it stands
 * for a self-hosted one the media worker is told speaks English and German, each in a voice of its own.
 */
class OpenAiStackTest {

    private static final String API_KEY = "sk-test-3f9a1c0d5e7b";

    @TempDir
    static Path data;

    private static FakeOpenAiServer openAi;
    private static SampleStore store;
    private static LocalStack stack;
    private static Api api;

    @BeforeAll
    static void startStack() throws Exception {
        openAi = FakeOpenAiServer.start();
        store = SampleStore.start(0);
        stack = LocalStack.start(data, 0, List.of(
                "--reelforge.fetch.allowed-hosts=127.0.0.1",
                "--reelforge.kafka.partitions=2",
                "--reelforge.script.engine=openai",
                "--reelforge.script.openai.api-key=" + API_KEY,
                "--reelforge.script.openai.base-url=" + openAi.baseUrl(),
                "--reelforge.media.tts.engine=openai",
                "--reelforge.media.openai.api-key=" + API_KEY,
                "--reelforge.media.openai.base-url=" + openAi.baseUrl(),
                "--reelforge.media.openai.languages=en,de",
                "--reelforge.media.openai.voices=alloy:en,thorsten:de"));
        api = Api.withNewKey(stack);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (store != null) {
            store.close();
        }
        if (openAi != null) {
            openAi.close();
        }
    }

    @Test
    void aProductUrlBecomesAVideoScriptedAndNarratedByTheModel() throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl() + "\", \"durationSeconds\": 15}");

        JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode chat = openAi.chatRequests().getLast().json();
        assertThat(chat.path("model").asString()).isEqualTo("gpt-4o");
        assertThat(chat.path("response_format").path("type").asString()).isEqualTo("json_schema");
        assertThat(chat.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(chat.path("messages").toString()).contains("Halcyon ANC Wireless Headphones", "249");
        int scenes = job.path("results").path("script").path("scenes").size();
        assertThat(scenes).isPositive();
        assertThat(openAi.speechRequests()).hasSizeGreaterThanOrEqualTo(scenes);
        assertThat(openAi.speechRequests().getLast().header("Authorization")).isEqualTo("Bearer " + API_KEY);
        Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
    }

    @Test
    void aGermanVideoIsAcceptedAndReadByTheServersGermanVoice() throws Exception {
        String id = api.submit("/api/v1/videos", "{\"url\": \"" + store.productUrl()
                + "\", \"durationSeconds\": 15, \"language\": \"de\"}");

        JsonNode job = api.awaitFinal(id, Duration.ofMinutes(3));

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        List<String> voices = openAi.speechRequests().stream()
                .filter(r -> r.receivedAt().isAfter(java.time.Instant.parse(job.path("createdAt").asString())))
                .map(r -> r.json().path("voice").asString()).distinct().toList();
        assertThat(voices).containsExactly("thorsten");
        Mp4Assertions.assertPlayableVideo(api.download(id, "video.mp4", data), 720, 1280);
    }

    @Test
    void theApiKeyNeverAppearsInAJobRecord() throws Exception {
        String id = api.submit("/api/v1/generate-script", "{\"keyword\": \"travel mug\"}");

        JsonNode job = api.awaitFinal(id, Duration.ofMinutes(2));

        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.toString()).doesNotContain(API_KEY);
    }
}
