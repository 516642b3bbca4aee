package io.reelforge.media.audio;

import io.reelforge.media.speech.PcmAudio;

/**
 * Lays background music under the narration: looped to the video's length, lowered further while the voice
 * speaks (ducking, with a quick attack and a slow release so it breathes rather than pumps), faded in briefly at
 * the start and out over the last seconds.
 */
public final class MusicBed {

    /** The music's level between sentences, and under the voice (about -11 dB and -22 dB). */
    static final double OPEN_GAIN = 0.28;
    static final double DUCKED_GAIN = 0.08;
    private static final double FADE_IN_SECONDS = 0.5;
    private static final double FADE_OUT_SECONDS = 2.0;
    private static final double WINDOW_SECONDS = 0.05;
    /** A window this loud (RMS, full scale 1) counts as speech. */
    private static final double VOICE_THRESHOLD = 0.02;

    private MusicBed() {
    }

    /** @param music any length, at the narration's rate (looped or cut to fit) */
    public static PcmAudio mix(PcmAudio narration, PcmAudio music) {
        if (music.sampleRate() != narration.sampleRate()) {
            throw new IllegalArgumentException("music and narration must share a sample rate");
        }
        short[] voice = narration.samples();
        short[] bed = music.samples();
        int rate = narration.sampleRate();
        int window = Math.max(1, (int) (rate * WINDOW_SECONDS));
        double attack = 1 - Math.exp(-1 / (rate * 0.08));
        double release = 1 - Math.exp(-1 / (rate * 0.5));
        short[] out = new short[voice.length];
        double gain = OPEN_GAIN;
        double target = OPEN_GAIN;
        int fadeIn = (int) (rate * FADE_IN_SECONDS);
        int fadeOut = (int) Math.min(voice.length, rate * FADE_OUT_SECONDS);
        for (int i = 0; i < voice.length; i++) {
            if (i % window == 0) {
                target = rms(voice, i, window) > VOICE_THRESHOLD ? DUCKED_GAIN : OPEN_GAIN;
            }
            gain += (target - gain) * (target < gain ? attack : release);
            double envelope = Math.min(1, Math.min(i / (double) Math.max(1, fadeIn),
                    (voice.length - i) / (double) Math.max(1, fadeOut)));
            double sample = bed.length == 0 ? 0 : bed[i % bed.length] * gain * envelope;
            out[i] = (short) Math.clamp(Math.round(voice[i] + sample), -32768, 32767);
        }
        return new PcmAudio(out, rate);
    }

    private static double rms(short[] samples, int from, int length) {
        int end = Math.min(samples.length, from + length);
        double sum = 0;
        for (int i = from; i < end; i++) {
            double s = samples[i] / 32768.0;
            sum += s * s;
        }
        return end > from ? Math.sqrt(sum / (end - from)) : 0;
    }
}
