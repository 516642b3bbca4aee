package io.reelforge.media.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Calls into FFmpeg: its negative return codes become exceptions that say what failed and why, in FFmpeg's words.
 */
final class FfmpegCall {

    private FfmpegCall() {
    }

    /** @return {@code result} when it is not an error */
    static int check(int result, String what) throws IOException {
        if (result < 0) {
            throw new IOException(what + " failed: " + describe(result));
        }
        return result;
    }

    /**
     * Hands {@code sink} every packet {@code encoder} has ready, through the reused {@code packet}, unreferencing
     * it after each (a no-op when the sink took its data).
     */
    static void drainPackets(AVCodecContext encoder, AVPacket packet, PacketSink sink, String what)
            throws IOException {
        while (true) {
            int received = avcodec.avcodec_receive_packet(encoder, packet);
            if (received == avutil.AVERROR_EAGAIN() || received == avutil.AVERROR_EOF()) {
                return;
            }
            check(received, what);
            try {
                sink.accept(packet);
            } finally {
                avcodec.av_packet_unref(packet);
            }
        }
    }

    static String describe(int error) {
        byte[] text = new byte[256];
        if (avutil.av_strerror(error, text, text.length) < 0) {
            return "error " + error;
        }
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8) + " (" + error + ")";
    }
}
