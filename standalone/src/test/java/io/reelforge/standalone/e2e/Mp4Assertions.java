package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Opens an MP4 with FFmpeg (through javacv) and checks what a player relies on. */
final class Mp4Assertions {

    private Mp4Assertions() {
    }

    /**
     * One H.264 video and one AAC audio stream, the given frame size, and a picture exactly as long as the
     * narration: the audio stream's decoded length, within 0.1 s.
     */
    static void assertPlayableVideo(Path mp4, int width, int height) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.start();
            assertThat(grabber.getFormatContext().nb_streams()).as("streams").isEqualTo(2);
            assertThat(grabber.getVideoCodec()).as("video codec").isEqualTo(avcodec.AV_CODEC_ID_H264);
            assertThat(grabber.getAudioCodec()).as("audio codec").isEqualTo(avcodec.AV_CODEC_ID_AAC);
            assertThat(grabber.getImageWidth()).isEqualTo(width);
            assertThat(grabber.getImageHeight()).isEqualTo(height);
            int sampleRate = grabber.getSampleRate();
            double frameRate = grabber.getFrameRate();
            long videoFrames = 0;
            long audioSamples = 0;
            Frame frame;
            while ((frame = grabber.grab()) != null) {
                if (frame.image != null) {
                    videoFrames++;
                }
                if (frame.samples != null) {
                    // planar audio has one buffer per channel; interleaved has one holding every channel
                    int interleavedChannels = frame.samples.length == 1 ? Math.max(1, frame.audioChannels) : 1;
                    audioSamples += frame.samples[0].limit() / interleavedChannels;
                }
            }
            double videoSeconds = videoFrames / frameRate;
            double narrationSeconds = (double) audioSamples / sampleRate;
            assertThat(narrationSeconds).as("narration length").isGreaterThan(3.0);
            assertThat(videoSeconds).as("video length vs narration").isCloseTo(narrationSeconds, within(0.1));
        }
    }

    /** The loudest sample of the video's sound, decoded to 16 bits (0: silence; -1: no sound stream). */
    static int loudestSample(Path mp4) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.setSampleMode(FrameGrabber.SampleMode.SHORT);
            grabber.start();
            if (grabber.getAudioChannels() == 0) {
                return -1;
            }
            int loudest = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                while (samples.hasRemaining()) {
                    loudest = Math.max(loudest, Math.abs(samples.get()));
                }
            }
            return loudest;
        }
    }

    /** How long the video lasts, as its container says. */
    static double videoSeconds(Path mp4) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.start();
            return grabber.getLengthInTime() / 1e6;
        }
    }

    /** How many pictures the video holds, counted by decoding it. */
    static long videoFrames(Path mp4) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.start();
            long frames = 0;
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                frames++;
            }
            return frames;
        }
    }
}
