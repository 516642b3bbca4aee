package io.reelforge.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one run of a stage ended, so the job's history shows crashed runs beside finished ones. */
public enum RunOutcome {
    /** The stage's work was done and the job moved on. */
    COMPLETED,
    /** The stage failed; the job's error says why. */
    FAILED,
    /** The client canceled the job while the run was open. */
    CANCELED,
    /**
     * The worker stopped renewing its lease (it died, hung or lost its partition) and the run was abandoned: the
     * watchdog re-drove the stage, or another worker took it over.
     */
    LOST,
    /**
     * The worker was told to stop (a deploy, a scale-down) and gave the run back unfinished: the stage was driven
     * again at once for another worker. Unlike {@link #LOST}, it does not count towards giving the job up.
     */
    HANDED_BACK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
