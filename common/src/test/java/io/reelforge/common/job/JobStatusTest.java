package io.reelforge.common.job;

import static io.reelforge.common.job.JobStatus.CANCELED;
import static io.reelforge.common.job.JobStatus.FAILED;
import static io.reelforge.common.job.JobStatus.QUEUED;
import static io.reelforge.common.job.JobStatus.RENDERING;
import static io.reelforge.common.job.JobStatus.SCRAPING;
import static io.reelforge.common.job.JobStatus.SCRIPTING;
import static io.reelforge.common.job.JobStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobStatusTest {

    private static Set<JobStatus> allowedFrom(JobStatus from) {
        return switch (from) {
            case QUEUED -> EnumSet.of(SCRAPING, SCRIPTING, RENDERING, FAILED, CANCELED);
            case SCRAPING -> EnumSet.of(SCRIPTING, SUCCEEDED, FAILED, CANCELED);
            case SCRIPTING -> EnumSet.of(RENDERING, SUCCEEDED, FAILED, CANCELED);
            case RENDERING -> EnumSet.of(SUCCEEDED, FAILED, CANCELED);
            case SUCCEEDED, FAILED, CANCELED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void eachStateAllowsExactlyItsForwardMoves(JobStatus from) {
        for (JobStatus to : JobStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowedFrom(from).contains(to));
        }
    }

    /** Only a failed or canceled job may be retried, and only back into a stage. */
    private static Set<JobStatus> retryableFrom(JobStatus from) {
        return switch (from) {
            case FAILED, CANCELED -> EnumSet.of(SCRAPING, SCRIPTING, RENDERING);
            case QUEUED, SCRAPING, SCRIPTING, RENDERING, SUCCEEDED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void eachStateAllowsExactlyItsRetryMoves(JobStatus from) {
        for (JobStatus to : JobStatus.values()) {
            assertThat(from.canRetryInto(to)).as("retry %s -> %s", from, to).isEqualTo(retryableFrom(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(value = JobStatus.class, names = {"SUCCEEDED", "FAILED", "CANCELED"})
    void finalStatesAreNeverLeftByAnOrdinaryMove(JobStatus terminal) {
        assertThat(terminal.isFinal()).isTrue();
        assertThat(EnumSet.allOf(JobStatus.class)).noneMatch(terminal::canMoveTo);
    }

    @org.junit.jupiter.api.Test
    void aSucceededJobCanNeverBeRetried() {
        assertThat(EnumSet.allOf(JobStatus.class)).noneMatch(SUCCEEDED::canRetryInto);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void noStateMovesToItselfOrBackToQueued(JobStatus from) {
        assertThat(from.canMoveTo(from)).isFalse();
        assertThat(from.canMoveTo(QUEUED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void wireNamesAreLowerCase(JobStatus status) {
        assertThat(status.wireName()).isEqualTo(status.name().toLowerCase());
    }
}
