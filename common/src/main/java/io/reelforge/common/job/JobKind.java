package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a client asked for. Each kind enters the pipeline at its first stage and leaves after its last one:
 * {@code scrape} is the original {@code /scrape-product-url}, {@code script} the original
 * {@code /generate-script}, {@code render} the original {@code /generate-video}, {@code video} the whole way.
 */
public enum JobKind {
    VIDEO, SCRAPE, SCRIPT, RENDER;

    /** The stage a new job of this kind starts in; a render job that brings its own script skips writing one. */
    public JobStatus firstStage(boolean hasScript) {
        return switch (this) {
            case VIDEO, SCRAPE -> JobStatus.SCRAPING;
            case SCRIPT -> JobStatus.SCRIPTING;
            case RENDER -> hasScript ? JobStatus.RENDERING : JobStatus.SCRIPTING;
        };
    }

    /** The state that follows a finished stage: the next stage, or {@code SUCCEEDED} when this kind ends there. */
    public JobStatus after(JobStatus stage) {
        return switch (stage) {
            case SCRAPING -> this == SCRAPE ? JobStatus.SUCCEEDED : JobStatus.SCRIPTING;
            case SCRIPTING -> this == SCRIPT ? JobStatus.SUCCEEDED : JobStatus.RENDERING;
            case RENDERING -> JobStatus.SUCCEEDED;
            default -> throw new IllegalArgumentException(stage + " is not a stage");
        };
    }

    /** Whether jobs of this kind pass through the given stage at all. */
    public boolean runs(JobStatus stage) {
        return switch (this) {
            case VIDEO -> stage.isStage();
            case SCRAPE -> stage == JobStatus.SCRAPING;
            case SCRIPT -> stage == JobStatus.SCRIPTING;
            case RENDER -> stage == JobStatus.SCRIPTING || stage == JobStatus.RENDERING;
        };
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
