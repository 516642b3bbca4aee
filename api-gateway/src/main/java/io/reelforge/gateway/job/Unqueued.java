package io.reelforge.gateway.job;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.stage.JobTracker;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fails a job whose stage message Kafka did not take: a job that no message will drive would wait forever. */
final class Unqueued {

    private static final Logger log = LoggerFactory.getLogger(Unqueued.class);

    private Unqueued() {
    }

    static void markFailed(JobTracker tracker, Clock clock, Job job) {
        Instant now = clock.instant();
        JobError error = new JobError(ErrorCode.INTERNAL_ERROR,
                "The job queue was unavailable, so the job was not started. Submit or retry it later.",
                job.status().isStage() ? job.status() : job.firstStage(), 0, now);
        try {
            tracker.update(job.id(), current -> current.status().isFinal() || current.attempt() != job.attempt()
                    ? current : current.fail(error, now));
        } catch (RuntimeException e) {
            log.error("could not mark unqueued job {} failed", job.id(), e);
        }
    }
}
