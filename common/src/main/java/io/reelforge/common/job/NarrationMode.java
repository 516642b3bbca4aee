package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a video is narrated: by a voice, or not at all (captions and music only, timed at a reading pace). */
public enum NarrationMode {
    VOICE,
    NONE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a client named ({@code voice}, {@code none}), whatever its case. */
    public static Optional<NarrationMode> find(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
