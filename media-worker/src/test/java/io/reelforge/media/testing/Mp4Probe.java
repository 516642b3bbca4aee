package io.reelforge.media.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What FFmpeg finds in an MP4: its streams, picture size, durations and decoded audio length. */
public record Mp4Probe(List<String> videoCodecs, List<String> audioCodecs, int width, int height,
        double durationSeconds, int videoFrames, double decodedAudioSeconds, int audioSampleRate) {

    public static Mp4Probe of(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            AVFormatContext format = grabber.getFormatContext();
            List<String> video = new ArrayList<>();
            List<String> audio = new ArrayList<>();
            for (int i = 0; i < format.nb_streams(); i++) {
                AVCodecParameters codec = format.streams(i).codecpar();
                String name = avcodec.avcodec_get_name(codec.codec_id()).getString();
                if (codec.codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
                    video.add(name);
                } else if (codec.codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                    audio.add(name);
                }
            }
            int frames = 0;
            long samples = 0;
            Frame frame;
            while ((frame = grabber.grab()) != null) {
                if (frame.image != null) {
                    frames++;
                }
                if (frame.samples != null) {
                    samples += frame.samples[0].limit() / Math.max(1, frame.samples.length == 1 ? frame.audioChannels : 1);
                }
            }
            return new Mp4Probe(video, audio, grabber.getImageWidth(), grabber.getImageHeight(),
                    grabber.getLengthInTime() / 1_000_000.0, frames, samples / (double) grabber.getSampleRate(),
                    grabber.getSampleRate());
        }
    }
}
