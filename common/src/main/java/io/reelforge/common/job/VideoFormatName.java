package io.reelforge.common.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The video formats a client may ask for, by the names clients write. The gateway checks a job's format against
 * these and the media worker maps each to its frame size, so both read the one list.
 */
public enum VideoFormatName {
    /** Stories, shorts, reels at 720x1280. */
    VERTICAL("9:16"),
    /** The same at 1080x1920. */
    VERTICAL_1080("9:16@1080"),
    /** Feeds, 1080x1080. */
    SQUARE("1:1"),
    /** Portrait feeds, 1080x1350. */
    PORTRAIT("4:5"),
    /** Players, 1920x1080. */
    LANDSCAPE("16:9"),
    /** Players at 1280x720. */
    LANDSCAPE_720("16:9@720");

    private final String wireName;

    VideoFormatName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The format of this name (surrounding spaces and case ignored), or empty when there is none. */
    public static Optional<VideoFormatName> find(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(key)).findFirst();
    }

    /** Every name, in the order above: what an error message offers a client. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(VideoFormatName::wireName).toList();
    }
}
