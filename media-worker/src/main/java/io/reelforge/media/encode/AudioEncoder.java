package io.reelforge.media.encode;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.FloatPointer;

/**
 * FFmpeg's AAC encoder for the mono sound track. The whole track is known before the first frame, so it is encoded
 * on its own thread while the video is (about a tenth of a render's CPU, which would otherwise sit between the
 * video encoder's calls), and its packets are copied out for the muxer's thread.
 */
final class AudioEncoder implements AutoCloseable {

    private final AVCodecContext context;
    private final AVFrame frame = avutil.av_frame_alloc();
    private final AVPacket packet = avcodec.av_packet_alloc();

    private AudioEncoder(AVCodecContext context) {
        this.context = context;
    }

    static AudioEncoder open(int sampleRate, int bitrate, boolean globalHeader) throws IOException {
        AVCodec codec = avcodec.avcodec_find_encoder(avcodec.AV_CODEC_ID_AAC);
        if (codec == null || codec.isNull()) {
            throw new IOException("no AAC encoder in this FFmpeg build");
        }
        AVCodecContext context = avcodec.avcodec_alloc_context3(codec);
        context.sample_fmt(avutil.AV_SAMPLE_FMT_FLTP); // the only format FFmpeg's AAC encoder takes
        context.sample_rate(sampleRate);
        avutil.av_channel_layout_default(context.ch_layout(), 1);
        context.bit_rate(bitrate);
        context.time_base(avutil.av_make_q(1, sampleRate));
        if (globalHeader) {
            context.flags(context.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        int opened;
        try {
            // FFmpeg 8 defaults to its "twoloop" search, which takes twice the CPU (0.65 s against 0.30 s for 30 s of
            // narration here); its author made "fast" the default in 2018 for sounding as good or better at 128 kb/s
            avutil.av_dict_set(options, "aac_coder", "fast", 0);
            opened = avcodec.avcodec_open2(context, codec, options);
        } finally {
            avutil.av_dict_free(options);
        }
        if (opened < 0) {
            avcodec.avcodec_free_context(context);
            FfmpegCall.check(opened, "opening the AAC encoder");
        }
        return new AudioEncoder(context);
    }

    AVCodecContext context() {
        return context;
    }

    AVRational timeBase() {
        return context.time_base();
    }

    /**
     * Encodes {@code samples} (16-bit mono at the encoder's rate) to the end, handing each packet to {@code out}
     * with timestamps in {@link #timeBase()}; returns early, without flushing, once {@code abandoned} says so.
     */
    void encodeAll(short[] samples, Consumer<EncodedPacket> out, BooleanSupplier abandoned) throws IOException {
        int size = context.frame_size();
        frame.nb_samples(size);
        frame.format(context.sample_fmt());
        frame.sample_rate(context.sample_rate());
        FfmpegCall.check(avutil.av_channel_layout_copy(frame.ch_layout(), context.ch_layout()), "audio layout");
        FfmpegCall.check(avutil.av_frame_get_buffer(frame, 0), "allocating an audio frame");
        float[] chunk = new float[size];
        for (int start = 0; start < samples.length; start += size) {
            if (abandoned.getAsBoolean()) {
                return;
            }
            int n = Math.min(size, samples.length - start);
            for (int i = 0; i < n; i++) {
                chunk[i] = samples[start + i] / 32768f;
            }
            // the encoder may still hold the previous frame's buffer: write into one of our own
            FfmpegCall.check(avutil.av_frame_make_writable(frame), "reusing an audio frame");
            new FloatPointer(frame.data(0)).put(chunk, 0, n);
            frame.nb_samples(n); // only the last frame is short
            frame.pts(start);
            FfmpegCall.check(avcodec.avcodec_send_frame(context, frame), "encoding audio");
            drain(out);
        }
        FfmpegCall.check(avcodec.avcodec_send_frame(context, null), "flushing the audio encoder");
        drain(out);
    }

    private void drain(Consumer<EncodedPacket> out) throws IOException {
        FfmpegCall.drainPackets(context, packet, p -> out.accept(EncodedPacket.copyOf(p)), "encoding audio");
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avutil.av_frame_free(frame);
        avcodec.avcodec_free_context(context);
    }
}
