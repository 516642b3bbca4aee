package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.media.MediaProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiSpeechNarratorTest {

    private static final String KEY = "sk-test-secret-key-123";

    private final FakeOpenAiServer openAi = FakeOpenAiServer.start();
    private final OpenAiSpeechNarrator narrator = new OpenAiSpeechNarrator(settings(1.0, null));

    @TempDir
    Path cache;

    @AfterEach
    void stop() {
        narrator.close();
        openAi.close();
    }

    @Test
    void asksForWavSpeechWithTheConfiguredModelAndVoice() {
        narrator.synthesize("Meet the Aurora set.");

        var request = openAi.speechRequests().getFirst();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.json().path("input").asString()).isEqualTo("Meet the Aurora set.");
        assertThat(request.json().path("model").asString()).isEqualTo("gpt-4o-mini-tts");
        assertThat(request.json().path("voice").asString()).isEqualTo("alloy");
        assertThat(request.json().path("response_format").asString()).isEqualTo("wav");
    }

    @Test
    void asksForTheConfiguredSpeed() {
        try (var faster = new OpenAiSpeechNarrator(settings(1.25, null))) {
            faster.synthesize("Meet the Aurora set.");
        }

        assertThat(openAi.speechRequests().getFirst().json().path("speed").asDouble()).isEqualTo(1.25);
    }

    @Test
    void withoutASpeedSettingTheNaturalPaceIsAskedFor() {
        narrator.synthesize("Meet the Aurora set.");

        assertThat(openAi.speechRequests().getFirst().json().path("speed").asDouble()).isEqualTo(1.0);
    }

    @Test
    void sendsVoiceInstructionsWhenSet() {
        try (var warm = new OpenAiSpeechNarrator(settings(1.0, "Speak warmly."))) {
            warm.synthesize("Meet the Aurora set.");
        }

        assertThat(openAi.speechRequests().getFirst().json().path("instructions").asString()).isEqualTo("Speak warmly.");
    }

    @Test
    void sendsNoInstructionsWhenNoneAreSet() {
        try (var blank = new OpenAiSpeechNarrator(settings(1.0, " "))) {
            narrator.synthesize("Meet the Aurora set.");
            blank.synthesize("Meet the Aurora set.");
        }

        assertThat(openAi.speechRequests()).hasSize(2)
                .allSatisfy(request -> assertThat(request.json().has("instructions")).isFalse());
    }

    @Test
    void theSpeechCacheDoesNotReplayAudioSpokenAtAnotherSpeed() {
        try (var faster = new OpenAiSpeechNarrator(settings(1.5, null))) {
            new CachingNarrator(narrator, cache).synthesize("Meet the Aurora set.");
            new CachingNarrator(faster, cache).synthesize("Meet the Aurora set.");
            new CachingNarrator(faster, cache).synthesize("Meet the Aurora set.");
        }

        assertThat(openAi.speechRequests()).extracting(request -> request.json().path("speed").asDouble())
                .containsExactly(1.0, 1.5);
    }

    @Test
    void theSpeechCacheDoesNotReplayAudioSpokenWithOtherInstructions() {
        try (var warm = new OpenAiSpeechNarrator(settings(1.0, "Speak warmly."));
                var brisk = new OpenAiSpeechNarrator(settings(1.0, "Speak briskly."))) {
            new CachingNarrator(warm, cache).synthesize("Meet the Aurora set.");
            new CachingNarrator(brisk, cache).synthesize("Meet the Aurora set.");
            new CachingNarrator(warm, cache).synthesize("Meet the Aurora set.");
        }

        assertThat(openAi.speechRequests()).extracting(request -> request.json().path("instructions").asString())
                .containsExactly("Speak warmly.", "Speak briskly.");
    }

    @Test
    void returnsTheSpokenAudioWithoutWordTimingsWhichTheEndpointDoesNotGive() {
        Speech speech = narrator.synthesize("Four words are spoken.");
        PcmAudio audio = speech.audio();

        assertThat(speech.timed()).isFalse();
        assertThat(audio.sampleRate()).isEqualTo(FakeOpenAiServer.SPEECH_SAMPLE_RATE);
        assertThat(audio.seconds()).isCloseTo(FakeOpenAiServer.speechSeconds("Four words are spoken."),
                within(0.01));
    }

    @Test
    void aRefusedKeyFailsTheJobAtOnceWithoutNamingTheKey() {
        openAi.enqueueSpeechError(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}", Map.of());

        assertThatThrownBy(() -> narrator.synthesize("Hello."))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TTS_FAILED))
                .hasMessageContaining("refused the API key")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aServerErrorIsRetried() {
        openAi.enqueueSpeechError(503, "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}", Map.of());

        assertThatThrownBy(() -> narrator.synthesize("Hello."))
                .isInstanceOfSatisfying(TransientJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TTS_FAILED))
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void aRateLimitIsRetried() {
        openAi.enqueueSpeechError(429, "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}", Map.of());

        assertThatThrownBy(() -> narrator.synthesize("Hello.")).isInstanceOf(TransientJobFailure.class);
    }

    @Test
    void anUnknownModelFailsTheJobAtOnce() {
        openAi.enqueueSpeechError(400, "{\"error\":{\"message\":\"bad model\",\"type\":\"invalid_request_error\"}}",
                Map.of());

        assertThatThrownBy(() -> narrator.synthesize("Hello."))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("reelforge.media.openai.model");
    }

    @Test
    void anUnreachableServerIsRetried() {
        String deadUrl = openAi.baseUrl();
        openAi.close();
        try (var offline = new OpenAiSpeechNarrator(new MediaProperties.OpenAi(KEY, deadUrl, "tts-1", "alloy",
                Duration.ofSeconds(2), 0, 1.0, null))) {
            assertThatThrownBy(() -> offline.synthesize("Hello.")).isInstanceOf(TransientJobFailure.class);
        }
    }

    @Test
    void theKeyNeverAppearsInTheSettingsText() {
        assertThat(settings(1.0, null).toString()).doesNotContain(KEY).contains("apiKey=(set)");
    }

    private MediaProperties.OpenAi settings(double speed, @Nullable String instructions) {
        return new MediaProperties.OpenAi(KEY, openAi.baseUrl(), "gpt-4o-mini-tts", "alloy", Duration.ofSeconds(5), 0,
                speed, instructions);
    }
}
