package io.reelforge.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.pipeline.Lane;
import java.time.Duration;
import java.util.Locale;

/**
 * What every service counts about jobs and stages, under the names the dashboard and the alerts read (see the
 * root README's metrics list). Jobs are counted where they change: created by the process that creates them,
 * finished by the process whose update made them final, so summing a metric over all processes counts each job
 * once. Stage durations and queue waits are histograms, so percentiles can be taken over any set of workers.
 */
public class PipelineMetrics {

    public static final String JOBS_ACCEPTED = "reelforge.jobs.accepted";
    public static final String JOBS_FINISHED = "reelforge.jobs.finished";
    public static final String STAGE_DURATION = "reelforge.stage.duration";
    public static final String STAGE_QUEUE_WAIT = "reelforge.stage.queue.wait";

    /** The {@code error_code} of a job that did not fail. */
    static final String NO_ERROR = "none";

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Metrics kept in memory only, for code run outside an application (tools, tests of other behaviour). */
    public static PipelineMetrics inMemory() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void jobAccepted(Job job) {
        Counter.builder(JOBS_ACCEPTED)
                .description("Jobs accepted, by kind and lane")
                .tag("kind", job.kind().wireName())
                .tag("lane", lane(job.lane()))
                .register(registry)
                .increment();
    }

    /** A job that has just become final (succeeded, failed or canceled). */
    public void jobFinished(Job job) {
        JobError error = job.error();
        Counter.builder(JOBS_FINISHED)
                .description("Jobs that ended, by kind, final state and error code")
                .tag("kind", job.kind().wireName())
                .tag("state", job.status().wireName())
                .tag("error_code", error == null ? NO_ERROR : error.code().code())
                .register(registry)
                .increment();
    }

    /** A worker took a stage: how long the job waited for it since it entered the stage. */
    public void stageClaimed(Job claimed) {
        StageRun run = claimed.currentRun();
        if (run == null || run.claimedAt() == null) {
            return;
        }
        Duration wait = Duration.between(run.enteredAt(), run.claimedAt());
        Timer.builder(STAGE_QUEUE_WAIT)
                .description("Time from a job entering a stage to a worker taking it")
                .tag("stage", run.stage().wireName())
                .tag("lane", lane(claimed.lane()))
                .publishPercentileHistogram()
                .register(registry)
                .record(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** How long a worker ran a stage, and how the run ended. */
    public void stageRan(JobStatus stage, Lane lane, StageResult result, Duration took) {
        Timer.builder(STAGE_DURATION)
                .description("Time a worker spent on one run of a stage, by how the run ended")
                .tag("stage", stage.wireName())
                .tag("lane", lane(lane))
                .tag("outcome", result.tag())
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    private static String lane(Lane lane) {
        return lane.name().toLowerCase(Locale.ROOT);
    }

    /** How one run of a stage ended, as the {@code outcome} tag says it. */
    public enum StageResult {
        /** The stage's work was done and the job handed on. */
        SUCCEEDED,
        /** The run threw: it will be retried or the job fails. */
        FAILED,
        /** The job was canceled while the stage ran. */
        CANCELED,
        /** Another worker took the run over (this worker's lease was lost). */
        TAKEN_OVER;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
