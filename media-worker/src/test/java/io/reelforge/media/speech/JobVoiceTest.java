package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.media.MediaProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The voice that reads a job, or a failure that says why none can; nothing is spoken here. */
class JobVoiceTest {

    private final MaryTtsNarrator mary = new MaryTtsNarrator("cmu-slt-hsmm");
    private final OpenAiSpeechNarrator server = new OpenAiSpeechNarrator(new MediaProperties.OpenAi("",
            "http://127.0.0.1:9/v1", "kokoro", "af_heart", Duration.ofSeconds(1), 0, 1.0, null, List.of("en"),
            List.of("af_heart", "am_adam", "thorsten:de")));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void maryTtsAsBuiltSpeaksUsEnglishOnly() {
        assertThat(mary.languages()).containsExactly("en");
        assertThat(mary.voices().voicesFor("en")).containsExactly("cmu-slt-hsmm");
    }

    @Test
    void aGermanScriptOnAWorkerThatOnlySpeaksEnglishFailsWithVoiceUnavailableNamingWhatItSpeaks() {
        assertThatThrownBy(() -> JobVoice.narrator(mary, "de", null))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VOICE_UNAVAILABLE))
                .hasMessageContaining("cannot voice de").hasMessageContaining("speaks en");
    }

    @Test
    void aJobWithoutAVoiceInTheDefaultVoicesLanguageIsReadByTheDefaultVoice() {
        assertThat(JobVoice.narrator(server, "en-GB", null)).isSameAs(server);
    }

    @Test
    void aJobsOwnVoiceReadsIt() {
        assertThat(JobVoice.narrator(server, "en", "am_adam").voice()).startsWith("kokoro/am_adam@");
    }

    @Test
    void aLanguageTheDefaultVoiceDoesNotSpeakIsReadByAVoiceThatDoes() {
        assertThat(JobVoice.narrator(server, "de", null).voice()).startsWith("kokoro/thorsten@");
    }

    @Test
    void aVoiceTheWorkerDoesNotHaveFailsNamingTheVoicesItHasForTheLanguage() {
        assertThatThrownBy(() -> JobVoice.narrator(server, "en", "nova"))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VOICE_UNAVAILABLE))
                .hasMessageContaining("no voice nova").hasMessageContaining("af_heart, am_adam");
    }
}
