package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a client asked for. Each kind enters the pipeline at its first stage and leaves after its last one (which
 * stages each kind runs is {@code io.reelforge.common.pipeline.Pipeline}'s to say):
 * {@code scrape} is the original {@code /scrape-product-url}, {@code script} the original
 * {@code /generate-script}, {@code render} the original {@code /generate-video}, {@code video} the whole way.
 */
public enum JobKind {
    VIDEO, SCRAPE, SCRIPT, RENDER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
