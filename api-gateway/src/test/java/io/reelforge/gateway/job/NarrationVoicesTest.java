package io.reelforge.gateway.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
import io.reelforge.common.voice.VoiceRegistry;
import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import io.reelforge.gateway.error.ProblemType;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The gateway refuses at submit a video no running media worker can voice, from what the workers registered in
 * Redis: here registered as the workers register themselves (their offers are those the media worker's tests see
 * them register).
 */
class NarrationVoicesTest extends RunningGateway {

    /** What a media worker with MaryTTS as built registers: US English, one voice. */
    static final VoiceOffer MARY_TTS = new VoiceOffer("marytts", "cmu-slt-hsmm",
            List.of(new Voice("cmu-slt-hsmm", List.of("en"))));
    /** What a media worker pointed at a self-hosted Kokoro-like server that speaks English and German registers. */
    static final VoiceOffer COMPATIBLE_SERVER = new VoiceOffer("openai", "af_heart",
            List.of(new Voice("af_heart", List.of("en")), new Voice("thorsten", List.of("de"))));
    private static final String PRODUCT = """
            {"title": "Aurora Ceramic Pour-Over Set", "images": ["http://127.0.0.1:1/a.jpg"]}""";

    @Autowired
    VoiceRegistry registry;

    private final List<String> workers = new ArrayList<>();
    private ApiClient client;

    @BeforeEach
    void aTenantAndNoWorkers() {
        client = newTenant();
        assertThat(registry.running().isEmpty()).as("no other media worker registered in this Redis").isTrue();
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(registry::remove);
    }

    private void running(VoiceOffer offer) {
        String worker = "media-worker@test/" + UUID.randomUUID();
        workers.add(worker);
        registry.register(worker, offer, Duration.ofMinutes(1));
    }

    private HttpResponse<String> video(String options) {
        return client.post("/api/v1/videos", "{\"url\": \"http://127.0.0.1:1/products/aurora\", " + options + "}");
    }

    private static JsonNode problem(HttpResponse<String> response, ProblemType type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo(type.uri().toString());
        assertThat(problem.path("code").asString()).isEqualTo(type.code());
        return problem;
    }

    @Test
    void aGermanVideoWithOnlyMaryTtsRunningIsRefusedNamingTheLanguagesVoicedAndHowToAddOne() {
        running(MARY_TTS);

        JsonNode problem = problem(video("\"language\": \"de\""), ProblemType.LANGUAGE_NOT_VOICED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("language");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must be a language a running media worker voices: en; de is not");
        assertThat(problem.path("language").asString()).isEqualTo("de");
        assertThat(problem.path("languages")).extracting(JsonNode::asString).containsExactly("en");
        assertThat(problem.path("detail").asString()).contains("de (German)", "OPENAI_API_KEY", "Kokoro", "Piper",
                "REELFORGE_MEDIA_TTS_ENGINE=openai", "OPENAI_BASE_URL", "REELFORGE_MEDIA_OPENAI_LANGUAGES",
                "\"narration\": \"none\"");
    }

    @Test
    void withAWorkerOnAnOpenAiCompatibleSpeechServerThatSpeaksGermanAGermanVideoIsAccepted() {
        running(MARY_TTS);
        running(COMPATIBLE_SERVER);

        assertThat(video("\"language\": \"de-AT\"").statusCode()).isEqualTo(202);
    }

    @Test
    void aVoiceNoWorkerHasIsRefusedListingTheVoicesForTheLanguage() {
        running(MARY_TTS);
        running(COMPATIBLE_SERVER);

        JsonNode problem = problem(video("\"language\": \"en\", \"voice\": \"nova\""), ProblemType.VOICE_NOT_AVAILABLE);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("voice");
        assertThat(problem.path("voices")).extracting(JsonNode::asString).containsExactly("af_heart", "cmu-slt-hsmm");
        assertThat(problem.path("detail").asString()).contains("nova", "REELFORGE_MEDIA_OPENAI_VOICES");
    }

    @Test
    void aVoiceThatSpeaksAnotherLanguageIsRefusedForThisOne() {
        running(COMPATIBLE_SERVER);

        JsonNode problem = problem(video("\"language\": \"de\", \"voice\": \"af_heart\""),
                ProblemType.VOICE_NOT_AVAILABLE);

        assertThat(problem.path("voices")).extracting(JsonNode::asString).containsExactly("thorsten");
        assertThat(video("\"language\": \"de\", \"voice\": \"Thorsten\"").statusCode()).isEqualTo(202);
    }

    @Test
    void aVideoWithoutNarrationNeedsNoVoiceInAnyLanguage() {
        running(MARY_TTS);

        assertThat(video("\"language\": \"de\", \"narration\": \"none\"").statusCode()).isEqualTo(202);
    }

    @Test
    void withNoMediaWorkerRegisteredAsWhenAllAreScaledToZeroEveryLanguageIsAccepted() {
        assertThat(video("\"language\": \"de\", \"voice\": \"thorsten\"").statusCode()).isEqualTo(202);
    }

    @Test
    void aScriptWithoutAVideoNeedsNoVoice() {
        running(MARY_TTS);

        assertThat(client.post("/api/v1/generate-script", "{\"keyword\": \"kaffee\", \"language\": \"de\"}")
                .statusCode()).isEqualTo(202);
    }

    @Test
    void theClientsOwnScriptIsVoicedInItsLanguageOrElseTheRequestsLanguage() {
        running(MARY_TTS);
        String scenes = "\"scenes\": [{\"narration\": \"Langsame Morgen.\", \"imageIndex\": 0}]";

        JsonNode ownLanguage = problem(client.post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"script\": {\"title\": \"Aurora\", \"language\": \"de\", " + scenes + "}}"),
                ProblemType.LANGUAGE_NOT_VOICED);
        JsonNode requestLanguage = problem(client.post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"language\": \"de\", \"script\": {\"title\": \"Aurora\", " + scenes + "}}"),
                ProblemType.LANGUAGE_NOT_VOICED);

        assertThat(ownLanguage.path("language").asString()).isEqualTo("de");
        assertThat(requestLanguage.path("language").asString()).isEqualTo("de");
    }

    @Test
    void aBatchItemNoWorkerCanVoiceIsRefusedNamingTheItemsField() {
        running(MARY_TTS);

        JsonNode problem = problem(client.post("/api/v1/batches", """
                {"items": [{"url": "http://127.0.0.1:1/a"},
                           {"url": "http://127.0.0.1:1/b", "options": {"language": "fr"}}]}"""),
                ProblemType.LANGUAGE_NOT_VOICED);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("items[1].options.language");
        assertThat(problem.path("languages")).extracting(JsonNode::asString).containsExactly("en");
    }
}
