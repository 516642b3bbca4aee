package io.reelforge.media.testing;

import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.PcmAudio;
import java.util.List;

/** Narration tracks made of tones, for tests that need timing but no speech engine. */
public final class Tones {

    public static final int RATE = 48_000;

    private Tones() {
    }

    /** One scene per length (seconds), each all speech but its last {@code breath} seconds. */
    public static NarrationTrack track(double breath, double... sceneSeconds) {
        int total = 0;
        Integer[] scenes = new Integer[sceneSeconds.length];
        Integer[] speech = new Integer[sceneSeconds.length];
        for (int i = 0; i < sceneSeconds.length; i++) {
            scenes[i] = (int) Math.round(sceneSeconds[i] * RATE);
            speech[i] = scenes[i] - (int) Math.round(breath * RATE);
            total += scenes[i];
        }
        short[] samples = new short[total];
        for (int i = 0; i < total; i++) {
            samples[i] = (short) (6000 * Math.sin(2 * Math.PI * 330 * i / RATE));
        }
        return new NarrationTrack(new PcmAudio(samples, RATE), List.of(scenes), List.of(speech));
    }
}
