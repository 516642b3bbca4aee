package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.speech.PcmAudio;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the video with FFmpeg's H.264 and AAC encoders into an MP4 whose index sits at the front
 * ({@code +faststart}), so browsers start playing before the download ends. Frames are composed on a small thread
 * pool ahead of the encoder ({@link FrameRing}) and handed over already in yuv420p through reused direct buffers,
 * so FFmpeg neither converts nor copies pictures; the narration goes in alongside, a frame's worth of samples at a
 * time, so the muxer interleaves the two streams as it writes.
 */
public final class Mp4Encoder {

    /** Tags the stream with the colour space {@link YuvImage} converts to, so players do not guess BT.601. */
    private static final String COLOUR_TAGS = "colorprim=bt709:transfer=bt709:colormatrix=bt709";
    private static final Logger log = LoggerFactory.getLogger(Mp4Encoder.class);

    private final EncoderSettings settings;

    public Mp4Encoder(EncoderSettings settings) {
        this.settings = settings;
    }

    public EncoderSettings settings() {
        return settings;
    }

    /**
     * @param composer makes the frames; its size is the video's
     * @param narration mono at {@link EncoderSettings#sampleRate()}, as long as the timeline
     * @param progress told the fraction of frames written, often (it may throw to stop the work)
     * @return the name of the H.264 encoder that wrote the video
     */
    public String encode(FrameComposer composer, PcmAudio narration, Path output, DoubleConsumer progress)
            throws IOException {
        if (narration.sampleRate() != settings.sampleRate()) {
            throw new IllegalArgumentException("narration at " + narration.sampleRate() + " Hz, encoder expects "
                    + settings.sampleRate());
        }
        EncoderSettings sized = settings.withSize(composer.width(), composer.height());
        AudioFeed audio = new AudioFeed(narration.samples(), settings.sampleRate(), settings.fps());
        OpenedRecorder opened = open(sized, output);
        FFmpegFrameRecorder recorder = opened.recorder();
        try (FrameRing ring = new FrameRing(composer, settings.composeThreads(), "render")) {
            int frames = ring.frameCount();
            for (int i = 0; i < frames; i++) {
                recorder.record(ring.take(i), avutil.AV_PIX_FMT_YUV420P);
                ring.release(i);
                audio.writeUntilFrame(i + 1, recorder);
                progress.accept((i + 1) / (double) frames);
            }
            audio.writeRest(recorder);
            recorder.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding", e);
        } finally {
            recorder.release(); // without stop() first when work was abandoned: no trailer for a dropped file
        }
        return opened.codec();
    }

    /** Starts a recorder with the first H.264 encoder that opens, warning when it is not the one asked for. */
    private static OpenedRecorder open(EncoderSettings settings, Path output) throws IOException {
        List<String> candidates = VideoCodecs.candidates(settings.codec());
        IOException last = new IOException("no H.264 encoder in this FFmpeg build");
        for (String codec : candidates) {
            FFmpegFrameRecorder recorder = recorder(settings, codec, output);
            try {
                recorder.start();
                if (!codec.equals(settings.codec())) {
                    log.warn("H.264 encoder {} is not available here ({}); encoding with {} instead", settings.codec(),
                            last.getMessage(), codec);
                }
                return new OpenedRecorder(recorder, codec);
            } catch (FFmpegFrameRecorder.Exception e) {
                recorder.release();
                last = e;
            }
        }
        throw last;
    }

    private record OpenedRecorder(FFmpegFrameRecorder recorder, String codec) {
    }

    private static FFmpegFrameRecorder recorder(EncoderSettings settings, String codec, Path output) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(output.toFile(), settings.width(), settings.height(), 1);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(codec);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(settings.fps());
        recorder.setGopSize(settings.fps() * 2);
        recorder.setVideoBitrate(0); // constant quality: the recorder's 400 kb/s default would cap it
        switch (codec) {
            case VideoCodecs.LIBX264 -> {
                recorder.setVideoOption("preset", settings.preset());
                recorder.setVideoOption("crf", Integer.toString(settings.crf()));
                recorder.setVideoOption("x264-params", COLOUR_TAGS);
                recorder.setVideoOption("profile", "high");
            }
            case VideoCodecs.NVENC -> {
                recorder.setVideoOption("preset", "p4");
                recorder.setVideoOption("rc", "vbr");
                recorder.setVideoOption("cq", Integer.toString(settings.crf()));
            }
            default -> recorder.setVideoBitrate(settings.width() * settings.height() * 2); // openh264: no crf
        }
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setAudioBitrate(settings.audioBitrate());
        recorder.setSampleRate(settings.sampleRate());
        recorder.setAudioChannels(1);
        recorder.setOption("movflags", "+faststart");
        return recorder;
    }

    /** Hands narration samples to the recorder in step with the frames, through one reused direct buffer. */
    private static final class AudioFeed {
        private final short[] samples;
        private final int sampleRate;
        private final int fps;
        private final ShortBuffer chunk;
        private int written;

        AudioFeed(short[] samples, int sampleRate, int fps) {
            this.samples = samples;
            this.sampleRate = sampleRate;
            this.fps = fps;
            this.chunk = ByteBuffer.allocateDirect(2 * (sampleRate / fps + 1)).order(ByteOrder.nativeOrder())
                    .asShortBuffer();
        }

        void writeUntilFrame(int frames, FFmpegFrameRecorder recorder) throws FFmpegFrameRecorder.Exception {
            writeUntil((int) Math.min(samples.length, Math.round(frames * (double) sampleRate / fps)), recorder);
        }

        void writeRest(FFmpegFrameRecorder recorder) throws FFmpegFrameRecorder.Exception {
            writeUntil(samples.length, recorder);
        }

        private void writeUntil(int end, FFmpegFrameRecorder recorder) throws FFmpegFrameRecorder.Exception {
            while (written < end) {
                int n = Math.min(end - written, chunk.capacity());
                chunk.clear();
                chunk.put(samples, written, n);
                chunk.flip();
                recorder.recordSamples(sampleRate, 1, chunk);
                written += n;
            }
        }
    }
}
