package io.reelforge.media.testing;

import io.reelforge.media.speech.AudioFiles;
import java.nio.file.Path;

/** A video's sound decoded to mono and measured in short windows: how loud each stretch of it is. */
public record SoundWindows(double windowSeconds, double[] rms) {

    private static final int RATE = 48_000;

    /** The RMS (full scale 1) of each {@code windowSeconds} of the video's audio track. */
    public static SoundWindows of(Path video, double windowSeconds) throws Exception {
        short[] samples = AudioFiles.decode(video, RATE).samples();
        int window = (int) Math.round(windowSeconds * RATE);
        double[] rms = new double[samples.length / window];
        for (int w = 0; w < rms.length; w++) {
            double sum = 0;
            for (int i = w * window; i < (w + 1) * window; i++) {
                double s = samples[i] / 32768.0;
                sum += s * s;
            }
            rms[w] = Math.sqrt(sum / window);
        }
        return new SoundWindows(windowSeconds, rms);
    }

    /** The window that holds this moment. */
    public int windowAt(double seconds) {
        return (int) Math.floor(seconds / windowSeconds);
    }

    public double seconds() {
        return rms.length * windowSeconds;
    }
}
