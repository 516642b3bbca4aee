package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrationTrackTest {

    /** A voice at 24 kHz that speaks 0.1 s per word, and says when, like MaryTTS would answer. */
    private final Narrator tenthOfASecondPerWord = new Narrator() {
        @Override
        public Speech synthesize(String text) {
            List<String> words = ScriptWords.of(text);
            List<WordTiming> timings = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                timings.add(new WordTiming(words.get(i), i * 0.1, (i + 1) * 0.1));
            }
            return new Speech(new PcmAudio(new short[2_400 * words.size()], 24_000), timings);
        }

        @Override
        public String voice() {
            return "words";
        }

        @Override
        public String engine() {
            return "test";
        }
    };

    @Test
    void eachSceneIsItsSpeechPlusABreathAt48kHz() {
        NarrationTrack track = NarrationTrack.speak(tenthOfASecondPerWord, List.of("one two three", "four"),
                Duration.ofMillis(250), 48_000, f -> { });

        assertThat(track.audio().sampleRate()).isEqualTo(48_000);
        assertThat(track.sceneLengths()).containsExactly(14_400 + 12_000, 4_800 + 12_000);
        assertThat(track.seconds()).isEqualTo(0.3 + 0.25 + 0.1 + 0.25);
    }

    @Test
    void eachScenesWordTimingsAreKeptWithinItsSpeech() {
        NarrationTrack track = NarrationTrack.speak(tenthOfASecondPerWord, List.of("one two", " ", "three"),
                Duration.ofMillis(250), 48_000, f -> { });

        assertThat(track.sceneWords()).containsExactly(
                List.of(new WordTiming("one", 0, 0.1), new WordTiming("two", 0.1, 0.2)),
                List.of(),
                List.of(new WordTiming("three", 0, 0.1)));
    }

    @Test
    void aSceneWithoutWordsIsStillShownForASecond() {
        NarrationTrack track = NarrationTrack.speak(tenthOfASecondPerWord, List.of("  "), Duration.ZERO, 48_000,
                f -> { });

        assertThat(track.sceneLengths()).containsExactly(48_000);
    }

    @Test
    void reportsProgressAfterEachScene() {
        List<Double> reported = new ArrayList<>();

        NarrationTrack.speak(tenthOfASecondPerWord, List.of("a", "b", "c", "d"), Duration.ZERO, 48_000, reported::add);

        assertThat(reported).containsExactly(0.25, 0.5, 0.75, 1.0);
    }
}
