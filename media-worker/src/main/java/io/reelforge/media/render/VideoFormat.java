package io.reelforge.media.render;

import io.reelforge.common.job.VideoFormatName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame size for a platform: vertical 9:16 for stories and shorts, square 1:1 and 4:5 for feeds, 16:9 for
 * players. Named by aspect ({@code 9:16}, {@code 1:1}, {@code 4:5}, {@code 16:9}), optionally with the height of
 * the shorter-side variant ({@code 9:16@1080}, {@code 16:9@720}), or as {@code WIDTHxHEIGHT}.
 */
public record VideoFormat(String name, int width, int height) {

    public static final VideoFormat VERTICAL = named(VideoFormatName.VERTICAL, 720, 1280);
    public static final VideoFormat VERTICAL_1080 = named(VideoFormatName.VERTICAL_1080, 1080, 1920);
    public static final VideoFormat SQUARE = named(VideoFormatName.SQUARE, 1080, 1080);
    public static final VideoFormat PORTRAIT = named(VideoFormatName.PORTRAIT, 1080, 1350);
    public static final VideoFormat LANDSCAPE = named(VideoFormatName.LANDSCAPE, 1920, 1080);
    public static final VideoFormat LANDSCAPE_720 = named(VideoFormatName.LANDSCAPE_720, 1280, 720);

    /** One per name a client may use, in {@link VideoFormatName}'s order. */
    public static final List<VideoFormat> NAMED = Arrays.stream(VideoFormatName.values()).map(VideoFormat::of)
            .toList();

    private static final Pattern SIZE = Pattern.compile("(\\d{2,4})x(\\d{2,4})");

    public VideoFormat {
        if (width < 16 || height < 16 || width > 4096 || height > 4096 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("a frame must be even-sized, 16 to 4096 px a side: " + width + "x"
                    + height);
        }
    }

    /** The frame size of a format a client named (a job's format); never a free size. */
    public static VideoFormat of(VideoFormatName name) {
        return switch (name) {
            case VERTICAL -> VERTICAL;
            case VERTICAL_1080 -> VERTICAL_1080;
            case SQUARE -> SQUARE;
            case PORTRAIT -> PORTRAIT;
            case LANDSCAPE -> LANDSCAPE;
            case LANDSCAPE_720 -> LANDSCAPE_720;
        };
    }

    /** A format as the operator or the local renderer writes it: a name, an alias or {@code WIDTHxHEIGHT}. */
    public static VideoFormat parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        var named = VideoFormatName.find(key);
        if (named.isPresent()) {
            return of(named.get());
        }
        switch (key) {
            case "9:16@720", "vertical", "portrait" -> { return VERTICAL; }
            case "9:16@1920" -> { return VERTICAL_1080; }
            case "square" -> { return SQUARE; }
            case "16:9@1080", "landscape" -> { return LANDSCAPE; }
            case "16:9@1280" -> { return LANDSCAPE_720; }
            default -> { }
        }
        Matcher size = SIZE.matcher(key);
        if (size.matches()) {
            return new VideoFormat(key, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
        }
        throw new IllegalArgumentException("unknown video format '" + text + "': use "
                + String.join(", ", VideoFormatName.wireNames()) + " or WIDTHxHEIGHT");
    }

    private static VideoFormat named(VideoFormatName name, int width, int height) {
        return new VideoFormat(name.wireName(), width, height);
    }

    /** The same aspect at {@code factor} of the size (for previews and tests), kept even. */
    public VideoFormat scaled(double factor) {
        return new VideoFormat(name, even(width * factor), even(height * factor));
    }

    public boolean isVertical() {
        return height * 10 >= width * 15; // 9:16 and taller; 4:5 counts as a feed picture
    }

    private static int even(double side) {
        return Math.max(16, (int) Math.round(side / 2) * 2);
    }
}
