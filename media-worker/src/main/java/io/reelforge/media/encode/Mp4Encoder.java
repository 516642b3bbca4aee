package io.reelforge.media.encode;

import io.reelforge.media.compose.FrameBlender;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.speech.PcmAudio;
import java.io.IOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Writes the video with FFmpeg's libx264 and AAC encoders into an MP4 whose index sits at the front
 * ({@code +faststart}), so browsers start playing before the download ends. Frames are handed over already in
 * yuv420p through one reused direct buffer, so FFmpeg neither converts nor copies pictures; the narration goes in
 * alongside, a frame's worth of samples at a time, so the muxer interleaves the two streams as it writes.
 */
public final class Mp4Encoder {

    /** Tags the stream with the colour space {@link YuvImage} converts to, so players do not guess BT.601. */
    private static final String COLOUR_TAGS = "colorprim=bt709:transfer=bt709:colormatrix=bt709";

    private final EncoderSettings settings;

    public Mp4Encoder(EncoderSettings settings) {
        this.settings = settings;
    }

    /**
     * @param narration mono at {@link EncoderSettings#sampleRate()}, as long as the timeline
     * @param progress told the fraction of frames written, often (it may throw to stop the work)
     */
    public void encode(Timeline timeline, FrameBlender blender, PcmAudio narration, Path output,
            DoubleConsumer progress) throws IOException {
        if (narration.sampleRate() != settings.sampleRate()) {
            throw new IllegalArgumentException("narration at " + narration.sampleRate() + " Hz, encoder expects "
                    + settings.sampleRate());
        }
        Frame frame = yuvFrame();
        AudioFeed audio = new AudioFeed(narration.samples(), settings.sampleRate(), settings.fps());
        FFmpegFrameRecorder recorder = recorder(output);
        try {
            recorder.start();
            int frames = timeline.frameCount();
            for (int i = 0; i < frames; i++) {
                blender.compose(timeline.frame(i), (ByteBuffer) frame.image[0]);
                recorder.record(frame, avutil.AV_PIX_FMT_YUV420P);
                audio.writeUntilFrame(i + 1, recorder);
                progress.accept((i + 1) / (double) frames);
            }
            audio.writeRest(recorder);
            recorder.stop();
        } finally {
            recorder.release(); // without stop() first when work was abandoned: no trailer for a dropped file
        }
    }

    private Frame yuvFrame() {
        Frame frame = new Frame();
        frame.imageWidth = settings.width();
        frame.imageHeight = settings.height();
        frame.imageDepth = Frame.DEPTH_UBYTE;
        frame.imageChannels = 1;
        frame.imageStride = settings.width();
        frame.image = new Buffer[] {ByteBuffer.allocateDirect(YuvImage.byteSize(settings.width(), settings.height()))};
        return frame;
    }

    private FFmpegFrameRecorder recorder(Path output) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(output.toFile(), settings.width(), settings.height(), 1);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(settings.fps());
        recorder.setGopSize(settings.fps() * 2);
        recorder.setVideoBitrate(0); // constant quality (crf): the recorder's 400 kb/s default would cap it
        recorder.setVideoOption("preset", settings.preset());
        recorder.setVideoOption("crf", Integer.toString(settings.crf()));
        recorder.setVideoOption("x264-params", COLOUR_TAGS);
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
