package io.reelforge.media.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.global.avutil;

/** Turns FFmpeg's negative return codes into exceptions that say what failed and why, in FFmpeg's words. */
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
