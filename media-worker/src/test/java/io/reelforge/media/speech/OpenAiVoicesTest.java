package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
import io.reelforge.media.MediaProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an OpenAI speech endpoint is taken to speak: OpenAI's documented list, or what a server is said to speak. */
class OpenAiVoicesTest {

    private static MediaProperties.OpenAi endpoint(String baseUrl, String model, String voice, List<String> languages,
            List<String> voices) {
        return new MediaProperties.OpenAi("", baseUrl, model, voice, Duration.ofSeconds(5), 0, 1.0, null, languages,
                voices);
    }

    @Test
    void openAisServiceSpeaksTheDocumentedLanguagesWithEveryVoiceOfItsModel() {
        VoiceOffer offer = OpenAiVoices.offer(endpoint("https://api.openai.com/v1", "gpt-4o-mini-tts", "alloy",
                List.of(), List.of()));

        assertThat(offer.languages()).hasSize(58).contains("de", "fr", "es", "ja", "zh", "en", "cy", "af");
        assertThat(offer.voices()).extracting(Voice::name).containsExactly("alloy", "ash", "ballad", "coral", "echo",
                "fable", "nova", "onyx", "sage", "shimmer", "verse", "marin", "cedar");
        assertThat(offer.choose("de-DE", "nova")).isPresent();
        assertThat(offer.defaultVoice()).isEqualTo("alloy");
    }

    @Test
    void tts1HasNoneOfTheNewerVoices() {
        VoiceOffer offer = OpenAiVoices.offer(endpoint("https://api.openai.com/v1", "tts-1-hd", "nova",
                List.of(), List.of()));

        assertThat(offer.voices()).extracting(Voice::name).doesNotContain("ballad", "verse", "marin", "cedar")
                .contains("nova", "shimmer");
    }

    @Test
    void aServerThatOnlySpeaksTheApiIsTakenToSpeakEnglishWithItsVoiceUntilToldOtherwise() {
        VoiceOffer offer = OpenAiVoices.offer(endpoint("http://kokoro:8880/v1", "kokoro", "af_heart",
                List.of(), List.of()));

        assertThat(offer.languages()).containsExactly("en");
        assertThat(offer.voices()).extracting(Voice::name).containsExactly("af_heart");
    }

    @Test
    void aServersLanguagesAndVoicesAreWhatItIsSaidToSpeakEachVoiceInItsOwnLanguages() {
        VoiceOffer offer = OpenAiVoices.offer(endpoint("http://piper:8000/v1", "tts-1", "amy",
                List.of("en", "de"), List.of("amy:en", "thorsten:de", "both")));

        assertThat(offer.languages()).containsExactly("de", "en");
        assertThat(offer.voicesFor("de")).containsExactly("thorsten", "both");
        assertThat(offer.choose("de", null)).map(Voice::name).contains("thorsten");
        assertThat(offer.choose("en", null)).map(Voice::name).contains("amy");
    }

    @Test
    void theConfiguredVoiceIsOfferedEvenWhenTheVoicesListLeavesItOut() {
        VoiceOffer offer = OpenAiVoices.offer(endpoint("http://kokoro:8880/v1", "kokoro", "af_heart",
                List.of(), List.of("ff_siwis:fr")));

        assertThat(offer.voices()).extracting(Voice::name).containsExactly("af_heart", "ff_siwis");
        assertThat(offer.defaultVoice()).isEqualTo("af_heart");
    }
}
