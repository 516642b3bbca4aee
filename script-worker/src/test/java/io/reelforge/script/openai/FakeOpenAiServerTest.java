package io.reelforge.script.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.InternalServerException;
import com.openai.models.audio.speech.SpeechCreateParams;
import io.reelforge.common.testing.FakeOpenAiServer;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake OpenAI server (common's test support) speaks speech the way the official client expects. */
class FakeOpenAiServerTest {

    private final FakeOpenAiServer openAi = FakeOpenAiServer.start();
    private final OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("test-key").baseUrl(openAi.baseUrl())
            .maxRetries(0).build();

    @AfterEach
    void stop() {
        client.close();
        openAi.close();
    }

    private byte[] speak(String input, SpeechCreateParams.ResponseFormat format) throws Exception {
        var params = SpeechCreateParams.builder().input(input).model("gpt-4o-mini-tts").voice("alloy");
        if (format != null) {
            params.responseFormat(format);
        }
        try (var response = client.audio().speech().create(params.build())) {
            return response.body().readAllBytes();
        }
    }

    @Test
    void wavSpeechIsAStandardWaveFileAsLongAsTheTextNeeds() throws Exception {
        byte[] wav = speak("Five words make two seconds", SpeechCreateParams.ResponseFormat.WAV);

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = audio.getFormat();
            assertThat(format.getSampleRate()).isEqualTo(24_000f);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(format.getChannels()).isEqualTo(1);
            assertThat(audio.getFrameLength() / format.getFrameRate()).isCloseTo(2.0f, within(0.001f));
        }
        assertThat(FakeOpenAiServer.speechSeconds("Five words make two seconds")).isEqualTo(2.0);
    }

    @Test
    void pcmSpeechIsRawSamplesOfTheSameLength() throws Exception {
        byte[] pcm = speak("one two three four five", SpeechCreateParams.ResponseFormat.PCM);

        assertThat(pcm).hasSize(2 * 24_000 * 2);
        assertThat(rms(pcm)).as("an audible waveform, not silence").isGreaterThan(1000);
    }

    @Test
    void otherFormatsAreAnsweredWithWav() throws Exception {
        byte[] audio = speak("hi", SpeechCreateParams.ResponseFormat.MP3);

        assertThat(new String(audio, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(audio.length - 44).as("the half-second minimum").isEqualTo(24_000);
    }

    @Test
    void speechRequestsAreRecorded() throws Exception {
        speak("Hello there.", SpeechCreateParams.ResponseFormat.WAV);

        var request = openAi.speechRequests().getFirst().json();
        assertThat(request.path("input").asString()).isEqualTo("Hello there.");
        assertThat(request.path("voice").asString()).isEqualTo("alloy");
        assertThat(request.path("response_format").asString()).isEqualTo("wav");
    }

    @Test
    void anEnqueuedSpeechErrorIsAnsweredOnce() throws Exception {
        openAi.enqueueSpeechError(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}", Map.of());

        assertThatThrownBy(() -> speak("first", SpeechCreateParams.ResponseFormat.WAV))
                .isInstanceOf(InternalServerException.class);
        assertThat(speak("second", SpeechCreateParams.ResponseFormat.WAV)).isNotEmpty();
    }

    private static double rms(byte[] pcm) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int n = pcm.length / 2;
        for (int i = 0; i < n; i++) {
            double s = samples.getShort();
            sum += s * s;
        }
        return Math.sqrt(sum / n);
    }
}
