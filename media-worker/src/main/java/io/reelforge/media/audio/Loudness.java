package io.reelforge.media.audio;

import io.reelforge.media.speech.PcmAudio;

/**
 * Integrated loudness after ITU-R BS.1770-4 (K-weighting, 400 ms blocks overlapping by 75 %, absolute gate at
 * -70 LUFS, relative gate 10 LU below), for mono 48 kHz audio, and the gain that brings a track to a target.
 * Voices from different engines differ by 10 dB and more; platforms play everything at about -14 to -16 LUFS.
 */
public final class Loudness {

    /** Peaks are kept below this (-1 dBFS), so no gain makes the voice clip. */
    static final double PEAK_CEILING = 0.891;
    private static final int RATE = 48_000;
    // K-weighting at 48 kHz (BS.1770 Annex 1): a high shelf, then a high-pass
    private static final double[] SHELF_B = {1.53512485958697, -2.69169618940638, 1.19839281085285};
    private static final double[] SHELF_A = {-1.69065929318241, 0.73248077421585};
    private static final double[] HIGHPASS_B = {1.0, -2.0, 1.0};
    private static final double[] HIGHPASS_A = {-1.99004745483398, 0.99007225036621};

    private Loudness() {
    }

    /** Integrated loudness in LUFS; negative infinity for silence. */
    public static double integrated(PcmAudio audio) {
        if (audio.sampleRate() != RATE) {
            throw new IllegalArgumentException("loudness is measured at 48 kHz, got " + audio.sampleRate());
        }
        double[] weighted = kWeighted(audio.samples());
        int block = RATE * 400 / 1000;
        int step = block / 4;
        int blocks = weighted.length < block ? 0 : 1 + (weighted.length - block) / step;
        double[] power = new double[blocks];
        double[] prefix = new double[weighted.length + 1];
        for (int i = 0; i < weighted.length; i++) {
            prefix[i + 1] = prefix[i] + weighted[i] * weighted[i];
        }
        for (int b = 0; b < blocks; b++) {
            power[b] = (prefix[b * step + block] - prefix[b * step]) / block;
        }
        double absolute = gatedMean(power, powerOf(-70));
        if (absolute <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return lufs(gatedMean(power, Math.max(powerOf(-70), absolute * Math.pow(10, -1.0))));
    }

    /** The audio at {@code targetLufs}, or as near as the peak ceiling allows; silence stays silence. */
    public static PcmAudio normalized(PcmAudio audio, double targetLufs) {
        double measured = integrated(audio);
        if (Double.isInfinite(measured)) {
            return audio;
        }
        double gain = Math.pow(10, (targetLufs - measured) / 20);
        int peak = 1;
        for (short s : audio.samples()) {
            peak = Math.max(peak, Math.abs(s));
        }
        gain = Math.min(gain, PEAK_CEILING * 32767 / peak);
        short[] out = new short[audio.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.clamp(Math.round(audio.samples()[i] * gain), -32768, 32767);
        }
        return new PcmAudio(out, audio.sampleRate());
    }

    private static double[] kWeighted(short[] samples) {
        double[] x = new double[samples.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = samples[i] / 32768.0;
        }
        return biquad(biquad(x, SHELF_B, SHELF_A), HIGHPASS_B, HIGHPASS_A);
    }

    private static double[] biquad(double[] x, double[] b, double[] a) {
        double[] y = new double[x.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double out = b[0] * x[i] + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = out;
            y[i] = out;
        }
        return y;
    }

    private static double gatedMean(double[] power, double threshold) {
        double sum = 0;
        int n = 0;
        for (double p : power) {
            if (p > threshold) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double powerOf(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    private static double lufs(double power) {
        return -0.691 + 10 * Math.log10(power);
    }
}
