package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingNarratorTest {

    @TempDir
    Path cache;

    @Test
    void aSentenceSpokenBeforeIsServedFromTheCacheWithTheSameSamples() {
        CountingNarrator engine = new CountingNarrator("voice-a");
        PcmAudio first = new CachingNarrator(engine, cache).synthesize("Meet Aurora.").audio();

        PcmAudio again = new CachingNarrator(engine, cache).synthesize("Meet Aurora.").audio();

        assertThat(engine.spoken).containsExactly("Meet Aurora.");
        assertThat(again.samples()).isEqualTo(first.samples());
        assertThat(again.sampleRate()).isEqualTo(first.sampleRate());
    }

    @Test
    void theWordTimingsAreServedFromTheCacheWithTheAudio() {
        CountingNarrator engine = new CountingNarrator("voice-a");
        Speech first = new CachingNarrator(engine, cache).synthesize("Meet Aurora, today.");

        Speech again = new CachingNarrator(engine, cache).synthesize("Meet Aurora, today.");

        assertThat(engine.spoken).hasSize(1);
        assertThat(again.words()).hasSize(3).isEqualTo(first.words());
    }

    @Test
    void speechWithoutTimingsIsCachedWithoutTimings() {
        CountingNarrator engine = new CountingNarrator("voice-a", false);
        new CachingNarrator(engine, cache).synthesize("Meet Aurora.");

        Speech again = new CachingNarrator(engine, cache).synthesize("Meet Aurora.");

        assertThat(engine.spoken).hasSize(1);
        assertThat(again.timed()).isFalse();
    }

    @Test
    void anotherVoiceOrAnotherTextIsSpokenAfresh() {
        CountingNarrator a = new CountingNarrator("voice-a");
        CountingNarrator b = new CountingNarrator("voice-b");
        new CachingNarrator(a, cache).synthesize("Meet Aurora.");

        new CachingNarrator(b, cache).synthesize("Meet Aurora.");
        new CachingNarrator(a, cache).synthesize("Meet Boreas.");

        assertThat(b.spoken).containsExactly("Meet Aurora.");
        assertThat(a.spoken).containsExactly("Meet Aurora.", "Meet Boreas.");
    }

    @Test
    void aDamagedEntryIsSpokenAgain() throws Exception {
        CountingNarrator engine = new CountingNarrator("voice-a");
        CachingNarrator caching = new CachingNarrator(engine, cache);
        caching.synthesize("Meet Aurora.");
        Files.write(cache.resolve(caching.key("Meet Aurora.") + ".speech"), new byte[] {1});

        PcmAudio audio = caching.synthesize("Meet Aurora.").audio();

        assertThat(engine.spoken).hasSize(2);
        assertThat(audio.length()).isEqualTo(12 * 100);
    }

    @Test
    void anEntryClaimingMoreSamplesThanItHoldsIsSpokenAgain() throws Exception {
        CountingNarrator engine = new CountingNarrator("voice-a");
        CachingNarrator caching = new CachingNarrator(engine, cache);
        caching.synthesize("Meet Aurora.");
        Files.write(cache.resolve(caching.key("Meet Aurora.") + ".speech"),
                new byte[] {0, 0, 0x5D, (byte) 0xC0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        assertThat(caching.synthesize("Meet Aurora.").audio().length()).isEqualTo(12 * 100);
        assertThat(engine.spoken).hasSize(2);
    }

    /**
     * A speech engine stand-in that records what it was asked to say: 100 samples of tone per character, and (when
     * it times words) each word timed by its characters.
     */
    private static final class CountingNarrator implements Narrator {
        final List<String> spoken = new ArrayList<>();
        private final String voice;
        private final boolean timesWords;

        CountingNarrator(String voice) {
            this(voice, true);
        }

        CountingNarrator(String voice, boolean timesWords) {
            this.voice = voice;
            this.timesWords = timesWords;
        }

        @Override
        public Speech synthesize(String text) {
            spoken.add(text);
            short[] samples = new short[text.length() * 100];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (i * 37 + voice.hashCode());
            }
            PcmAudio audio = new PcmAudio(samples, 24_000);
            if (!timesWords) {
                return Speech.untimed(audio);
            }
            List<WordTiming> words = new ArrayList<>();
            int at = 0;
            for (String word : ScriptWords.of(text)) {
                words.add(new WordTiming(word, at * 100 / 24_000.0, (at + word.length()) * 100 / 24_000.0));
                at += word.length() + 1;
            }
            return new Speech(audio, words);
        }

        @Override
        public String engine() {
            return "counting";
        }

        @Override
        public String voice() {
            return voice;
        }
    }
}
