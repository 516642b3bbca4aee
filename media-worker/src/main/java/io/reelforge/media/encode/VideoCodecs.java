package io.reelforge.media.encode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;

/**
 * Which H.264 encoders to try, in order: the one asked for, then libx264 (in the default {@code -gpl} FFmpeg
 * build), then libopenh264 (the only one in the LGPL build). The recorder opens the first that works: an
 * {@code h264_nvenc} asked for on a machine without an NVENC unit falls back with a warning instead of failing.
 */
final class VideoCodecs {

    static final String LIBX264 = "libx264";
    static final String NVENC = "h264_nvenc";
    static final String OPENH264 = "libopenh264";

    private VideoCodecs() {
    }

    static List<String> candidates(String requested) {
        LinkedHashSet<String> names = new LinkedHashSet<>(List.of(requested, LIBX264, OPENH264));
        List<String> present = new ArrayList<>();
        for (String name : names) {
            var codec = avcodec.avcodec_find_encoder_by_name(name);
            if (codec != null && !codec.isNull()) {
                present.add(name);
            }
        }
        return present;
    }
}
