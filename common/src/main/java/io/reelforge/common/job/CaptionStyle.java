package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How burned captions look: {@code highlight} picks out the word being spoken in the accent colour, {@code plain}
 * shows the chunk alone.
 */
public enum CaptionStyle {
    HIGHLIGHT,
    PLAIN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style a client named ({@code highlight}, {@code plain}), whatever its case. */
    public static Optional<CaptionStyle> find(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
