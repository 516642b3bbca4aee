package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AudioResamplerTest {

    @Test
    void keepsTheDurationWhenRaisingTheRate() {
        short[] second = new short[24_000];

        PcmAudio raised = new PcmAudio(second, 24_000).resampledTo(48_000);

        assertThat(raised.length()).isEqualTo(48_000);
        assertThat(raised.seconds()).isEqualTo(1.0);
    }

    @Test
    void interpolatesBetweenTheOriginalSamples() {
        short[] ramp = {0, 300, 600};

        short[] tripled = AudioResampler.resample(ramp, 16_000, 48_000);

        assertThat(tripled).startsWith((short) 0, (short) 100, (short) 200, (short) 300, (short) 400, (short) 500,
                (short) 600);
    }

    @Test
    void keepsATonesPitch() {
        int from = 22_050;
        short[] tone = new short[from];
        for (int i = 0; i < from; i++) {
            tone[i] = (short) (10_000 * Math.sin(2 * Math.PI * 440 * i / from));
        }

        short[] out = AudioResampler.resample(tone, from, 48_000);

        int crossings = 0;
        for (int i = 1; i < out.length; i++) {
            if (out[i - 1] < 0 && out[i] >= 0) {
                crossings++;
            }
        }
        assertThat(crossings).isCloseTo(440, within(1));
    }
}
