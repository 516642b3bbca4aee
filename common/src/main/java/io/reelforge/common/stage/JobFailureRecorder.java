package io.reelforge.common.stage;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.message.JobMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.TimestampedException;

/**
 * Fails the job of a stage message that will not be tried again, with a code and a message a client can act on
 * (never the stack trace: that goes to the log and the dead-letter record's headers). Shared by both ways a stage
 * message gives up: the dead-letter publisher of the non-blocking retries and {@link StageFailureRecoverer}.
 */
public class JobFailureRecorder {

    private static final Logger log = LoggerFactory.getLogger(JobFailureRecorder.class);

    private final JobTracker tracker;

    public JobFailureRecorder(JobTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * @param record the message that failed for the last time
     * @param attempts how many times it was tried, for the message ("gave up after 3 attempts")
     */
    public void jobFailed(ConsumerRecord<?, ?> record, Exception exception, int attempts) {
        if (!(record.value() instanceof JobMessage message)) {
            log.error("undecodable message on {} (key {}) sent to the dead-letter topic", record.topic(), record.key());
            return;
        }
        Throwable cause = rootOf(exception);
        JobError error = describe(message, cause, attempts);
        log.warn("job {} failed in {}: {} ({})", message.jobId(), error.failedStage().wireName(), error.code().code(),
                error.message(), cause);
        try {
            tracker.update(message.jobId(), job -> job.status().isFinal() || job.attempt() != message.attempt()
                    ? job // a stale attempt's failure must not fail the retry that replaced it
                    : job.fail(error, tracker.clock().instant()));
        } catch (JobNotFoundException e) {
            log.warn("job {} is gone; nothing to mark failed", message.jobId());
        }
    }

    private JobError describe(JobMessage message, Throwable cause, int attemptCount) {
        var stage = message.payload().stage();
        var now = tracker.clock().instant();
        return switch (cause) {
            case PermanentJobFailure p -> new JobError(p.code(), p.getMessage(), stage, attemptCount, now);
            case TransientJobFailure t -> new JobError(t.code(), t.getMessage() + " (gave up after " + attemptCount
                    + " attempts)", stage, attemptCount, now);
            default -> new JobError(ErrorCode.INTERNAL_ERROR, "The " + stage.wireName()
                    + " stage failed unexpectedly after " + attemptCount + " attempts; the worker's log has details"
                    + " under this job id.", stage, attemptCount, now);
        };
    }

    /**
     * The exception the stage threw, without the listener framework's wrappers (the retry topics' error handler
     * adds a {@link TimestampedException} around the listener's).
     */
    static Throwable rootOf(Exception exception) {
        Throwable t = exception;
        while ((t instanceof ListenerExecutionFailedException || t instanceof TimestampedException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
