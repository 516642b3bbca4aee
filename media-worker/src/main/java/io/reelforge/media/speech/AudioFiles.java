package io.reelforge.media.speech;

import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Decodes an audio file to mono 16-bit PCM at a chosen rate: plain WAV directly, anything else FFmpeg reads (MP3,
 * AAC, Ogg, FLAC...) through FFmpeg.
 */
public final class AudioFiles {

    private AudioFiles() {
    }

    public static PcmAudio decode(Path file, int sampleRate) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav")) {
            try {
                return PcmDecoding.fromWav(Files.readAllBytes(file)).resampledTo(sampleRate);
            } catch (IOException e) {
                // a WAV variant the plain reader does not know (float, ADPCM): FFmpeg reads those
            }
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
            grabber.setSampleRate(sampleRate);
            grabber.setAudioChannels(1);
            grabber.start();
            if (grabber.getAudioStream() < 0) {
                throw new IOException("no audio stream in " + file);
            }
            short[] samples = new short[sampleRate * 10];
            int length = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                ShortBuffer chunk = (ShortBuffer) frame.samples[0];
                int n = chunk.remaining();
                if (length + n > samples.length) {
                    samples = Arrays.copyOf(samples, Math.max(samples.length * 2, length + n));
                }
                chunk.get(samples, length, n);
                length += n;
            }
            return new PcmAudio(Arrays.copyOf(samples, length), sampleRate);
        }
    }
}
