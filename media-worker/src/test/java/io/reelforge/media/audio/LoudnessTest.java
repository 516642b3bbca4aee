package io.reelforge.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.speech.PcmAudio;
import org.junit.jupiter.api.Test;

class LoudnessTest {

    private static final int RATE = 48_000;

    @Test
    void aFullScale1kHzSineMeasuresAboutMinus3Lufs() {
        // BS.1770's reference: a 0 dBFS 997 Hz sine in one channel reads -3.01 LUFS (K-weighting is ~0 dB at 1 kHz)
        assertThat(Loudness.integrated(sine(997, 1.0, 3))).isCloseTo(-3.0, within(0.3));
    }

    @Test
    void aQuietVoiceIsBroughtUpToTheTarget() {
        PcmAudio quiet = sine(440, 0.02, 3);

        PcmAudio loud = Loudness.normalized(quiet, -16);

        assertThat(Loudness.integrated(quiet)).isLessThan(-30);
        assertThat(Loudness.integrated(loud)).isCloseTo(-16, within(0.5));
    }

    @Test
    void gainStopsShortOfClipping() {
        PcmAudio loud = Loudness.normalized(sine(440, 0.9, 3), -1);

        int peak = 0;
        for (short s : loud.samples()) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isLessThanOrEqualTo((int) (Loudness.PEAK_CEILING * 32767) + 1);
    }

    @Test
    void silenceStaysSilent() {
        PcmAudio silence = new PcmAudio(new short[RATE], RATE);

        assertThat(Loudness.normalized(silence, -16).samples()).containsOnly((short) 0);
    }

    @Test
    void musicIsDuckedUnderTheVoiceAndFadesOutAtTheEnd() {
        // a voice in the first half only, music throughout
        short[] voice = new short[RATE * 6];
        for (int i = 0; i < RATE * 2; i++) {
            voice[i] = (short) (8000 * Math.sin(2 * Math.PI * 300 * i / RATE));
        }
        PcmAudio music = sine(1000, 0.5, 6);

        PcmAudio mixed = MusicBed.mix(new PcmAudio(voice, RATE), music);

        double underVoice = rms(subtract(mixed.samples(), voice), (int) (RATE * 1.0), RATE / 2);
        double alone = rms(mixed.samples(), RATE * 3, RATE / 4); // music alone, before the fade-out
        double last = rms(mixed.samples(), voice.length - RATE / 50, RATE / 50);
        assertThat(underVoice).isLessThan(alone * 0.5);
        assertThat(last).isLessThan(alone * 0.1);
    }

    private static PcmAudio sine(double hz, double amplitude, int seconds) {
        short[] samples = new short[RATE * seconds];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(32767 * amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return new PcmAudio(samples, RATE);
    }

    private static short[] subtract(short[] a, short[] b) {
        short[] out = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (short) (a[i] - b[i]);
        }
        return out;
    }

    private static double rms(short[] samples, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += samples[i] * (double) samples[i];
        }
        return Math.sqrt(sum / length);
    }
}
