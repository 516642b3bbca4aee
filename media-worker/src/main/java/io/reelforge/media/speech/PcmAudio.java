package io.reelforge.media.speech;

import java.time.Duration;

/**
 * Mono 16-bit PCM audio. The array is owned by this value and never changed after construction, so equality is
 * identity (a record compares arrays by reference), which is all the pipeline needs.
 */
public record PcmAudio(short[] samples, int sampleRate) {

    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public static PcmAudio silence(Duration length, int sampleRate) {
        return new PcmAudio(new short[sampleCount(length, sampleRate)], sampleRate);
    }

    /** How many samples {@code length} spans at {@code sampleRate}, rounded to the nearest sample. */
    public static int sampleCount(Duration length, int sampleRate) {
        return (int) Math.round(length.toNanos() * (double) sampleRate / 1_000_000_000L);
    }

    public int length() {
        return samples.length;
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** This audio at another sample rate; itself when the rate already matches. */
    public PcmAudio resampledTo(int targetRate) {
        return targetRate == sampleRate ? this : new PcmAudio(AudioResampler.resample(samples, sampleRate, targetRate),
                targetRate);
    }
}
