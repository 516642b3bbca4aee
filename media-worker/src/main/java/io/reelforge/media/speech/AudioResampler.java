package io.reelforge.media.speech;

/**
 * Converts speech between sample rates by linear interpolation. Voices arrive at 16-24 kHz and are only ever
 * raised to 48 kHz, where linear interpolation's images lie above the speech band; a windowed-sinc filter would
 * not be audible here.
 */
public final class AudioResampler {

    private AudioResampler() {
    }

    public static short[] resample(short[] input, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " -> " + toRate);
        }
        if (fromRate == toRate || input.length == 0) {
            return input.clone();
        }
        int outLength = (int) Math.round(input.length * (double) toRate / fromRate);
        short[] out = new short[outLength];
        double step = fromRate / (double) toRate;
        int last = input.length - 1;
        for (int i = 0; i < outLength; i++) {
            double position = i * step;
            int left = Math.min((int) position, last);
            int right = Math.min(left + 1, last);
            double fraction = position - left;
            double value = input[left] + (input[right] - input[left]) * fraction;
            out[i] = (short) Math.clamp(Math.round(value), Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return out;
    }
}
