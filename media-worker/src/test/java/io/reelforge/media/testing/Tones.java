package io.reelforge.media.testing;

import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.PcmAudio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Narration tracks and music made of tones, for tests that need timing or sound but no speech engine. */
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

    /** A mono 16-bit WAV file of a steady tone at half of full scale, as a music download would bring. */
    public static byte[] wav(double seconds, double hz) {
        int count = (int) Math.round(seconds * RATE);
        ByteBuffer data = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            data.putShort((short) (16000 * Math.sin(2 * Math.PI * hz * i / RATE)));
        }
        var stream = new AudioInputStream(new ByteArrayInputStream(data.array()),
                new AudioFormat(RATE, 16, 1, true, false), count);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
