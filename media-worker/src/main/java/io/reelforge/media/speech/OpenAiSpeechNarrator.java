package io.reelforge.media.speech;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.audio.speech.SpeechCreateParams;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.media.MediaProperties;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Narration from OpenAI's speech endpoint (or any server speaking its API), asked for WAV so no audio decoder is
 * needed. A refused key or a refused request fails the job at once; network errors, rate limits and server
 * errors are retried. Error messages name the status, never the key or the server's body (which may echo it).
 */
public final class OpenAiSpeechNarrator implements Narrator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenAiSpeechNarrator.class);

    private final OpenAIClient client;
    private final String model;
    private final String voice;
    private final String baseUrl;
    private final double speed;
    private final Optional<String> instructions;

    public OpenAiSpeechNarrator(MediaProperties.OpenAi settings) {
        this.client = OpenAIOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .build();
        this.model = settings.model();
        this.voice = settings.voice();
        this.baseUrl = settings.baseUrl();
        this.speed = settings.speed();
        this.instructions = settings.voiceInstructions();
    }

    @Override
    public Speech synthesize(String text) {
        SpeechCreateParams.Builder params = SpeechCreateParams.builder()
                .input(text)
                .model(model)
                .voice(voice)
                .speed(speed)
                .responseFormat(SpeechCreateParams.ResponseFormat.WAV);
        // models without instructions (tts-1, most self-hosted servers) may refuse the field, so it is sent only when set
        instructions.ifPresent(params::instructions);
        try (HttpResponse response = client.audio().speech().create(params.build())) {
            // the endpoint answers with audio only: captions spread each sentence over its words
            return Speech.untimed(PcmDecoding.fromWav(response.body().readAllBytes()));
        } catch (OpenAIServiceException e) {
            throw classify(e.statusCode());
        } catch (IOException e) {
            throw new TransientJobFailure(ErrorCode.TTS_FAILED, "OpenAI speech returned audio that could not be read: "
                    + e.getMessage(), e);
        } catch (OpenAIException e) {
            log.warn("OpenAI speech request failed: {}", e.getClass().getSimpleName());
            throw new TransientJobFailure(ErrorCode.TTS_FAILED, "OpenAI speech could not be reached", e);
        }
    }

    private RuntimeException classify(int status) {
        log.warn("OpenAI speech answered HTTP {} (model {}, voice {})", status, model, voice);
        return switch (status) {
            case 401, 403 -> new PermanentJobFailure(ErrorCode.TTS_FAILED,
                    "OpenAI speech refused the API key (HTTP " + status + "); check OPENAI_API_KEY");
            case 400, 404, 422 -> new PermanentJobFailure(ErrorCode.TTS_FAILED, "OpenAI speech refused the request (HTTP "
                    + status + "); check reelforge.media.openai.model (" + model + ") and voice (" + voice + ")");
            default -> new TransientJobFailure(ErrorCode.TTS_FAILED, "OpenAI speech is unavailable (HTTP " + status + ")");
        };
    }

    /** Speed and instructions change the sound as much as the voice does, so they are part of its identity. */
    @Override
    public String voice() {
        return model + "/" + voice + "@" + baseUrl + " speed=" + speed
                + instructions.map(i -> " instructions=" + i).orElse("");
    }

    @Override
    public String engine() {
        return "openai";
    }

    @Override
    public void close() {
        client.close();
    }
}
