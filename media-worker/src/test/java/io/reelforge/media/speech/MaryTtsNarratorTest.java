package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MaryTtsNarratorTest {

    private static final String SCRIPT = "Meet the Aurora pour-over set, just $49.99 today! Order now.";

    private final MaryTtsNarrator narrator = new MaryTtsNarrator("cmu-slt-hsmm");

    @Test
    void speaksASentenceOffline() {
        PcmAudio audio = narrator.synthesize("Meet the Aurora pour-over set.").audio();

        assertThat(audio.seconds()).isBetween(1.0, 5.0);
        assertThat(peak(audio.samples(), 0, audio.length())).isGreaterThan(1_000); // not silence
    }

    @Test
    void longerTextTakesLongerToSay() {
        double shortText = narrator.synthesize("Hello.").audio().seconds();
        double longText = narrator.synthesize("Hello, and welcome to a much longer sentence than that.").audio()
                .seconds();

        assertThat(longText).isGreaterThan(shortText * 2);
    }

    @Test
    void everyWordOfTheScriptIsTimedInOrderAcrossSentencesToTheEndOfTheAudio() {
        Speech speech = narrator.synthesize(SCRIPT);

        assertThat(speech.words()).extracting(WordTiming::word).isEqualTo(ScriptWords.of(SCRIPT));
        double previousEnd = 0;
        for (WordTiming word : speech.words()) {
            assertThat(word.start()).as(word.word()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(word.end()).as(word.word()).isGreaterThan(word.start() + 0.1);
            previousEnd = word.end();
        }
        assertThat(speech.words().getFirst().start()).isLessThan(0.1);
        // the audio ends with the pause MaryTTS puts after the last sentence, about 0.4 s
        assertThat(speech.audio().seconds() - speech.words().getLast().end()).isBetween(0.0, 0.6);
    }

    @Test
    void aPriceSpokenAsSeveralWordsIsTimedAsTheOneWordTheScriptWrites() {
        List<WordTiming> words = narrator.synthesize(SCRIPT).words();

        // "$49.99" is read "forty-nine dollars ninety-nine cents": by far the longest word
        WordTiming price = words.get(6);
        assertThat(price.word()).isEqualTo("$49.99");
        assertThat(words).allSatisfy(word -> {
            if (word != price) {
                assertThat(price.seconds()).isGreaterThan(2 * word.seconds());
            }
        });
    }

    @Test
    void thePauseAfterAClauseLiesBetweenItsWordsAndIsQuiet() {
        Speech speech = narrator.synthesize(SCRIPT);
        WordTiming set = speech.words().get(4);
        WordTiming just = speech.words().get(5);
        WordTiming aurora = speech.words().get(2);

        assertThat(set.word()).isEqualTo("set,");
        assertThat(just.start() - set.end()).isGreaterThan(0.25);
        PcmAudio audio = speech.audio();
        int pause = peak(audio.samples(), sample(audio, set.end() + 0.05), sample(audio, just.start() - 0.05));
        int spoken = peak(audio.samples(), sample(audio, aurora.start()), sample(audio, aurora.end()));
        assertThat(pause).isLessThan(spoken / 10);
    }

    @Test
    void twoRendersMayNarrateAtOnce() throws Exception {
        MaryTtsNarrator other = new MaryTtsNarrator("cmu-slt-hsmm");
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<Speech> first = pool.submit(() -> narrator.synthesize("The first worker speaks."));
            Future<Speech> second = pool.submit(() -> other.synthesize("The second worker speaks too."));

            assertThat(first.get().audio().seconds()).isGreaterThan(0.5);
            assertThat(second.get().audio().seconds()).isGreaterThan(0.5);
            assertThat(first.get().words()).hasSize(4);
            assertThat(second.get().words()).hasSize(5);
        }
    }

    private static int sample(PcmAudio audio, double seconds) {
        return (int) Math.round(seconds * audio.sampleRate());
    }

    private static int peak(short[] samples, int from, int to) {
        int peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs(samples[i]));
        }
        return peak;
    }
}
