package io.reelforge.gateway.job;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.availability.KafkaCircuit;
import io.reelforge.gateway.availability.Outages;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails a job that was saved but whose stage message Kafka did not take, after the client was told so: a job that no
 * message will drive would wait forever, and one whose message reached Kafka after all (a send that timed out)
 * must not run late, so the worker that gets it finds the job failed and skips it. The change is written to the
 * store alone, without a job event: the event would go through the same Kafka that just failed, and waiting for
 * it to fail as well would keep the client waiting past the 2 s it is promised.
 */
final class Unqueued {

    private static final Logger log = LoggerFactory.getLogger(Unqueued.class);
    private static final String MESSAGE =
            "The job queue was unavailable, so the job was not started. Submit or retry it later.";

    private Unqueued() {
    }

    /** Fails attempt {@code attempt} of the job if the store has it unfinished; nothing if it was never saved. */
    static void markFailed(JobTracker tracker, Clock clock, String jobId, int attempt) {
        Instant now = clock.instant();
        try {
            tracker.store().update(jobId, current -> current.status().isFinal() || current.attempt() != attempt
                    ? current
                    : current.fail(new JobError(ErrorCode.INTERNAL_ERROR, MESSAGE,
                            current.status().isStage() ? current.status() : current.firstStage(), 0, now), now));
        } catch (JobNotFoundException e) {
            log.debug("job {} was never saved; nothing to mark failed", jobId);
        } catch (RuntimeException e) {
            if (Outages.isRedisUnavailable(e)) {
                // the job could not be saved either, most likely; if it was, it waits for a message that never comes
                log.warn("could not mark unqueued job {} failed: Redis is unavailable ({})", jobId, e.toString());
            } else {
                log.error("could not mark unqueued job {} failed", jobId, e);
            }
        }
    }

    /**
     * What the client is answered: Redis down as such (503 service_unavailable); anything else as Kafka refusing
     * the job, which also opens the circuit, so the next submits are refused before they save anything.
     */
    static RuntimeException answerFor(String jobId, RuntimeException failure, KafkaCircuit kafka) {
        if (Outages.isRedisUnavailable(failure)) {
            return failure;
        }
        kafka.failed();
        log.error("could not queue job {}; it is marked failed", jobId, failure);
        return new QueueUnavailableException(jobId, failure);
    }
}
