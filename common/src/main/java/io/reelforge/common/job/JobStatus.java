package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The life of a job. All allowed moves are in {@link #allows}: stages only go forward, and a final state is left
 * only by an explicit retry ({@link #canRetryInto}), never by an ordinary move, so a late or duplicated Kafka message
 * cannot move a job backwards or revive it.
 */
public enum JobStatus {
    QUEUED, SCRAPING, SCRIPTING, RENDERING, SUCCEEDED, FAILED, CANCELED;

    /** How a job moves: along the pipeline, or back into a stage because a client asked for a retry. */
    public enum Move { FORWARD, RETRY }

    /** An ordinary move, as a stage or a cancel makes it. */
    public boolean canMoveTo(JobStatus next) {
        return allows(Move.FORWARD, next);
    }

    /** A retry of a failed or canceled job, re-entering the stage it stopped in: only {@code Job.retry} makes it. */
    public boolean canRetryInto(JobStatus next) {
        return allows(Move.RETRY, next);
    }

    /** The one transition table. */
    public boolean allows(Move move, JobStatus next) {
        return switch (this) {
            case QUEUED -> move == Move.FORWARD
                    && (next == SCRAPING || next == SCRIPTING || next == RENDERING || next == FAILED || next == CANCELED);
            case SCRAPING -> move == Move.FORWARD
                    && (next == SCRIPTING || next == SUCCEEDED || next == FAILED || next == CANCELED);
            case SCRIPTING -> move == Move.FORWARD
                    && (next == RENDERING || next == SUCCEEDED || next == FAILED || next == CANCELED);
            case RENDERING -> move == Move.FORWARD && (next == SUCCEEDED || next == FAILED || next == CANCELED);
            case FAILED, CANCELED -> move == Move.RETRY && next.isStage();
            case SUCCEEDED -> false;
        };
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }

    public boolean isStage() {
        return this == SCRAPING || this == SCRIPTING || this == RENDERING;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
