package io.reelforge.media.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The MP4 file being written: FFmpeg's muxer with one stream per encoder, packets interleaved by time, and the
 * index moved to the front when it finishes ({@code +faststart}), so browsers start playing before the download
 * ends. Used from one thread.
 */
final class Mp4Output implements AutoCloseable {

    private final AVFormatContext context = new AVFormatContext(null);
    private final AVPacket packet = avcodec.av_packet_alloc();
    /** Each stream's time base as the muxer settled it in its header (javacpp copies a struct on every read). */
    private final List<AVRational> timeBases = new ArrayList<>();

    Mp4Output(Path file) throws IOException {
        try {
            FfmpegCall.check(avformat.avformat_alloc_output_context2(context, null, "mp4", file.toString()),
                    "setting up the MP4 muxer");
            AVIOContext io = new AVIOContext(null);
            FfmpegCall.check(avformat.avio_open(io, file.toString(), avformat.AVIO_FLAG_WRITE), "opening " + file);
            context.pb(io);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Whether encoders must put their parameter sets in the stream's header rather than in every key frame. */
    boolean wantsGlobalHeaders() {
        return (context.oformat().flags() & avformat.AVFMT_GLOBALHEADER) != 0;
    }

    /** @return the new stream's index, for {@link #write} */
    int addStream(AVCodecContext encoder) throws IOException {
        AVStream stream = avformat.avformat_new_stream(context, null);
        if (stream == null || stream.isNull()) {
            throw new IOException("adding a stream to the MP4 failed");
        }
        FfmpegCall.check(avcodec.avcodec_parameters_from_context(stream.codecpar(), encoder),
                "copying the encoder's parameters to the MP4 stream");
        stream.time_base(encoder.time_base());
        return stream.index();
    }

    void writeHeader() throws IOException {
        AVDictionary options = new AVDictionary(null);
        try {
            avutil.av_dict_set(options, "movflags", "+faststart", 0);
            FfmpegCall.check(avformat.avformat_write_header(context, options), "writing the MP4 header");
            for (int i = 0; i < context.nb_streams(); i++) {
                timeBases.add(context.streams(i).time_base());
            }
        } finally {
            avutil.av_dict_free(options);
        }
    }

    /**
     * Writes a packet whose timestamps are in {@code timeBase}; the muxer holds it until its turn comes, and takes
     * its data whether it succeeds or not.
     */
    void write(AVPacket encoded, AVRational timeBase, int stream) throws IOException {
        encoded.stream_index(stream);
        avcodec.av_packet_rescale_ts(encoded, timeBase, timeBases.get(stream));
        FfmpegCall.check(avformat.av_interleaved_write_frame(context, encoded), "writing to the MP4");
    }

    /** Writes a packet an encoder on another thread copied out. */
    void write(EncodedPacket encoded, AVRational timeBase, int stream) throws IOException {
        encoded.copyInto(packet);
        write(packet, timeBase, stream);
    }

    /** Writes what the muxer still holds and the index. Without it the file is not playable. */
    void finish() throws IOException {
        FfmpegCall.check(avformat.av_write_trailer(context), "finishing the MP4");
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        if (!context.isNull()) {
            AVIOContext io = context.pb();
            if (io != null && !io.isNull()) {
                avformat.avio_closep(io);
                context.pb(null);
            }
            avformat.avformat_free_context(context);
        }
    }
}
