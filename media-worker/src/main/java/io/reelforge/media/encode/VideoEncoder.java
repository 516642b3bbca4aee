package io.reelforge.media.encode;

import java.io.IOException;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The H.264 encoder of one render, fed the composers' yuv420p frames as they are. */
final class VideoEncoder implements AutoCloseable {

    /** Tags the stream with the colour space the composers convert to, so players do not guess BT.601. */
    private static final String COLOUR_TAGS = "colorprim=bt709:transfer=bt709:colormatrix=bt709";
    private static final Logger log = LoggerFactory.getLogger(VideoEncoder.class);

    private final AVCodecContext context;
    private final String codec;
    private final AVPacket packet = avcodec.av_packet_alloc();

    private VideoEncoder(AVCodecContext context, String codec) {
        this.context = context;
        this.codec = codec;
    }

    /**
     * Opens the first H.264 encoder of {@link VideoCodecs#candidates} that starts, warning when it is not the one
     * asked for (an {@code h264_nvenc} request on a machine without an NVENC unit falls back to software).
     */
    static VideoEncoder open(EncoderSettings settings, boolean globalHeader) throws IOException {
        List<String> candidates = VideoCodecs.candidates(settings.codec());
        IOException last = new IOException("no H.264 encoder in this FFmpeg build");
        for (String name : candidates) {
            AVCodecContext context = null;
            try {
                context = opened(settings, name, globalHeader);
                if (!name.equals(settings.codec())) {
                    log.warn("H.264 encoder {} is not available here ({}); encoding with {} instead", settings.codec(),
                            last.getMessage(), name);
                }
                return new VideoEncoder(context, name);
            } catch (IOException e) {
                if (context != null) {
                    avcodec.avcodec_free_context(context);
                }
                last = e;
            }
        }
        throw last;
    }

    private static AVCodecContext opened(EncoderSettings settings, String name, boolean globalHeader)
            throws IOException {
        AVCodec codec = avcodec.avcodec_find_encoder_by_name(name);
        AVCodecContext context = avcodec.avcodec_alloc_context3(codec);
        context.width(settings.width());
        context.height(settings.height());
        context.pix_fmt(avutil.AV_PIX_FMT_YUV420P);
        context.time_base(avutil.av_make_q(1, settings.fps()));
        context.framerate(avutil.av_make_q(settings.fps(), 1));
        context.gop_size(settings.fps() * 2);
        context.thread_count(0); // as many as the encoder likes: libx264 takes 1.5 per core
        if (globalHeader) {
            context.flags(context.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        try {
            switch (name) {
                case VideoCodecs.LIBX264 -> {
                    avutil.av_dict_set(options, "preset", settings.preset(), 0);
                    avutil.av_dict_set(options, "crf", Integer.toString(settings.crf()), 0);
                    avutil.av_dict_set(options, "x264-params", COLOUR_TAGS, 0);
                    avutil.av_dict_set(options, "profile", "high", 0);
                }
                case VideoCodecs.NVENC -> {
                    avutil.av_dict_set(options, "preset", "p4", 0);
                    avutil.av_dict_set(options, "rc", "vbr", 0);
                    avutil.av_dict_set(options, "cq", Integer.toString(settings.crf()), 0);
                }
                default -> context.bit_rate((long) settings.width() * settings.height() * 2); // openh264: no crf
            }
            int opened = avcodec.avcodec_open2(context, codec, options);
            if (opened < 0) {
                avcodec.avcodec_free_context(context);
                FfmpegCall.check(opened, "opening " + name);
            }
            return context;
        } finally {
            avutil.av_dict_free(options);
        }
    }

    String codec() {
        return codec;
    }

    AVCodecContext context() {
        return context;
    }

    AVRational timeBase() {
        return context.time_base();
    }

    /**
     * Encodes {@code frame} (yuv420p, reference-counted: the encoder keeps a reference while it needs the picture)
     * as frame number {@code index}; packets go to {@code out}, with timestamps in {@link #timeBase()}.
     */
    void encode(AVFrame frame, long index, PacketSink out) throws IOException {
        frame.pts(index);
        FfmpegCall.check(avcodec.avcodec_send_frame(context, frame), "encoding a video frame");
        drain(out);
    }

    /** Encodes what the encoder still holds (its lookahead) and hands out the last packets. */
    void finish(PacketSink out) throws IOException {
        FfmpegCall.check(avcodec.avcodec_send_frame(context, null), "flushing the video encoder");
        drain(out);
    }

    private void drain(PacketSink out) throws IOException {
        FfmpegCall.drainPackets(context, packet, p -> {
            if (p.duration() <= 0) {
                p.duration(1); // libx264 leaves it out: the MP4's last frame would last no time, and be cut
            }
            out.accept(p);
        }, "encoding video");
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(context);
    }
}
