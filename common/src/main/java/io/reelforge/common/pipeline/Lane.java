package io.reelforge.common.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which queue a job's stages wait in. A job a client asked for on its own is {@code interactive}; an item of a batch
 * is {@code bulk}. Each stage has a topic per lane, and a worker takes interactive work first, so a single request
 * never waits behind a catalog.
 */
public enum Lane {
    INTERACTIVE, BULK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
