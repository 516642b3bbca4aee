package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
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
        PcmAudio first = new CachingNarrator(engine, cache).synthesize("Meet Aurora.");

        PcmAudio again = new CachingNarrator(engine, cache).synthesize("Meet Aurora.");

        assertThat(engine.spoken).containsExactly("Meet Aurora.");
        assertThat(again.samples()).isEqualTo(first.samples());
        assertThat(again.sampleRate()).isEqualTo(first.sampleRate());
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
    void anotherVoiceOfTheSameEngineIsCachedApart() {
        CachingNarrator caching = new CachingNarrator(new CountingNarrator("voice-a"), cache);
        PcmAudio a = caching.synthesize("Meet Aurora.");

        PcmAudio b = caching.withVoice("voice-b").synthesize("Meet Aurora.");

        assertThat(b.samples()).isNotEqualTo(a.samples());
        assertThat(caching.withVoice("voice-b").key("Meet Aurora.")).isNotEqualTo(caching.key("Meet Aurora."));
    }

    @Test
    void aDamagedEntryIsSpokenAgain() throws Exception {
        CountingNarrator engine = new CountingNarrator("voice-a");
        CachingNarrator caching = new CachingNarrator(engine, cache);
        caching.synthesize("Meet Aurora.");
        Files.write(cache.resolve(caching.key("Meet Aurora.") + ".pcm"), new byte[] {1});

        PcmAudio audio = caching.synthesize("Meet Aurora.");

        assertThat(engine.spoken).hasSize(2);
        assertThat(audio.length()).isEqualTo(12 * 100);
    }

    /** A speech engine stand-in that records what it was asked to say: 100 samples of tone per character. */
    private static final class CountingNarrator implements Narrator {
        final List<String> spoken = new ArrayList<>();
        private final String voice;

        CountingNarrator(String voice) {
            this.voice = voice;
        }

        @Override
        public PcmAudio synthesize(String text) {
            spoken.add(text);
            short[] samples = new short[text.length() * 100];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (i * 37 + voice.hashCode());
            }
            return new PcmAudio(samples, 24_000);
        }

        @Override
        public String engine() {
            return "counting";
        }

        @Override
        public String voice() {
            return voice;
        }

        @Override
        public VoiceOffer voices() {
            return new VoiceOffer("counting", voice, List.of(new Voice(voice, List.of("en"))));
        }

        @Override
        public Narrator withVoice(String name) {
            return new CountingNarrator(name);
        }
    }
}
