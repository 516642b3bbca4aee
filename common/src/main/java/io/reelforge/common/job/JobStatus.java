package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The life of a job. All allowed moves are in {@link #canMoveTo}: stages only go forward, and the three final
 * states are never left, so a late or duplicated Kafka message cannot move a job backwards or revive it.
 */
public enum JobStatus {
    QUEUED, SCRAPING, SCRIPTING, RENDERING, SUCCEEDED, FAILED, CANCELED;

    public boolean canMoveTo(JobStatus next) {
        return switch (this) {
            case QUEUED -> next == SCRAPING || next == SCRIPTING || next == RENDERING || next == FAILED || next == CANCELED;
            case SCRAPING -> next == SCRIPTING || next == SUCCEEDED || next == FAILED || next == CANCELED;
            case SCRIPTING -> next == RENDERING || next == SUCCEEDED || next == FAILED || next == CANCELED;
            case RENDERING -> next == SUCCEEDED || next == FAILED || next == CANCELED;
            case SUCCEEDED, FAILED, CANCELED -> false;
        };
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }

    public boolean isStage() {
        return this == SCRAPING || this == SCRIPTING || this == RENDERING;
    }

    /** Order along the pipeline, used to tell a stage that is behind the job from one that is ahead. */
    int rank() {
        return ordinal();
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
