package io.reelforge.media.render;

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

    public static final VideoFormat VERTICAL = new VideoFormat("9:16", 720, 1280);
    public static final VideoFormat VERTICAL_1080 = new VideoFormat("9:16@1080", 1080, 1920);
    public static final VideoFormat SQUARE = new VideoFormat("1:1", 1080, 1080);
    public static final VideoFormat PORTRAIT = new VideoFormat("4:5", 1080, 1350);
    public static final VideoFormat LANDSCAPE = new VideoFormat("16:9", 1920, 1080);
    public static final VideoFormat LANDSCAPE_720 = new VideoFormat("16:9@720", 1280, 720);

    public static final List<VideoFormat> NAMED = List.of(VERTICAL, VERTICAL_1080, SQUARE, PORTRAIT, LANDSCAPE,
            LANDSCAPE_720);

    private static final Pattern SIZE = Pattern.compile("(\\d{2,4})x(\\d{2,4})");

    public VideoFormat {
        if (width < 16 || height < 16 || width > 4096 || height > 4096 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("a frame must be even-sized, 16 to 4096 px a side: " + width + "x"
                    + height);
        }
    }

    public static VideoFormat parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (VideoFormat format : NAMED) {
            if (format.name.equals(key)) {
                return format;
            }
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
        throw new IllegalArgumentException("unknown video format '" + text + "': use 9:16, 9:16@1080, 1:1, 4:5, "
                + "16:9, 16:9@720 or WIDTHxHEIGHT");
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
