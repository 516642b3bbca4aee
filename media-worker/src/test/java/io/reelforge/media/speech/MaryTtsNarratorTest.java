package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MaryTtsNarratorTest {

    private final MaryTtsNarrator narrator = new MaryTtsNarrator("cmu-slt-hsmm");

    @Test
    void speaksASentenceOffline() {
        PcmAudio audio = narrator.synthesize("Meet the Aurora pour-over set.");

        assertThat(audio.seconds()).isBetween(1.0, 5.0);
        assertThat(peak(audio.samples())).isGreaterThan(1_000); // not silence
    }

    @Test
    void longerTextTakesLongerToSay() {
        double shortText = narrator.synthesize("Hello.").seconds();
        double longText = narrator.synthesize("Hello, and welcome to a much longer sentence than that.").seconds();

        assertThat(longText).isGreaterThan(shortText * 2);
    }

    @Test
    void twoRendersMayNarrateAtOnce() throws Exception {
        MaryTtsNarrator other = new MaryTtsNarrator("cmu-slt-hsmm");
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<PcmAudio>> results = List.of(
                    pool.submit(() -> narrator.synthesize("The first worker speaks.")),
                    pool.submit(() -> other.synthesize("The second worker speaks too.")));
            for (Future<PcmAudio> result : results) {
                assertThat(result.get().seconds()).isGreaterThan(0.5);
            }
        }
    }

    @Test
    void aVoiceThatIsNotOnTheClassPathStopsTheStartNamingTheInstalledOnes() {
        assertThatThrownBy(() -> new MaryTtsNarrator("bits1-hsmm"))
                .hasMessageContaining("bits1-hsmm").hasMessageContaining("installed: cmu-slt-hsmm");
    }

    private static int peak(short[] samples) {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }
}
