package io.reelforge.common.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a job's voice is chosen: the rule the media worker reads by and the gateway checks by. */
class VoiceOfferTest {

    /** Like a self-hosted server with one English and one German voice, English by default. */
    private final VoiceOffer server = new VoiceOffer("openai", "af_heart",
            List.of(new Voice("af_heart", List.of("en")), new Voice("thorsten", List.of("de"))));

    @Test
    void aJobWithoutAVoiceGetsTheDefaultVoiceWhenItSpeaksTheLanguage() {
        assertThat(server.choose("en-GB", null)).map(Voice::name).contains("af_heart");
    }

    @Test
    void aJobWithoutAVoiceInAnotherLanguageGetsAVoiceThatSpeaksIt() {
        assertThat(server.choose("de-AT", null)).map(Voice::name).contains("thorsten");
    }

    @Test
    void aLanguageNoVoiceSpeaksGetsNoVoiceRatherThanTheDefault() {
        assertThat(server.choose("fr", null)).isEmpty();
    }

    @Test
    void aNamedVoiceIsChosenWhateverTheCaseOfItsName() {
        assertThat(server.choose("de", "Thorsten")).map(Voice::name).contains("thorsten");
    }

    @Test
    void aNamedVoiceThatDoesNotSpeakTheLanguageIsNotChosen() {
        assertThat(server.choose("de", "af_heart")).isEmpty();
    }

    @Test
    void aVoiceTheEngineDoesNotHaveIsNotChosen() {
        assertThat(server.choose("en", "nova")).isEmpty();
    }

    @Test
    void languagesAreTheirPrimarySubtagsInLowerCase() {
        Voice voice = new Voice("slt", List.of("en_US", "EN", "de-AT"));

        assertThat(voice.languages()).containsExactly("de", "en");
        assertThat(new VoiceOffer("marytts", "slt", List.of(voice)).languages()).containsExactly("de", "en");
    }

    @Test
    void theDefaultVoiceMustBeOneOfTheVoices() {
        assertThatThrownBy(() -> new VoiceOffer("openai", "nova", List.of(new Voice("alloy", List.of("en")))))
                .hasMessageContaining("nova");
    }

    @Test
    void theVoicesOfALanguageAcrossWorkersAreListedOnce() {
        VoiceOffer mary = new VoiceOffer("marytts", "cmu-slt-hsmm", List.of(new Voice("cmu-slt-hsmm", List.of("en"))));
        RunningVoices fleet = new RunningVoices(List.of(server, mary, server));

        assertThat(fleet.voicesFor("en")).containsExactly("af_heart", "cmu-slt-hsmm");
        assertThat(fleet.languages()).containsExactly("de", "en");
        assertThat(fleet.canVoice("de", null)).isTrue();
        assertThat(fleet.canVoice("de", "cmu-slt-hsmm")).isFalse();
    }
}
