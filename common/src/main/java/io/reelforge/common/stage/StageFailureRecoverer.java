package io.reelforge.common.stage;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.message.JobMessage;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * The last step for a message whose stage failed for good: the record goes to the dead-letter topic (with the
 * stack trace in its headers, for operators) and the job becomes {@code failed} with a code and a message a
 * client can act on (never the stack trace).
 */
public class StageFailureRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(StageFailureRecoverer.class);

    private final ConsumerRecordRecoverer deadLetters;
    private final JobTracker tracker;
    private final BiFunction<ConsumerRecord<?, ?>, Exception, Integer> attempts;

    public StageFailureRecoverer(ConsumerRecordRecoverer deadLetters, JobTracker tracker,
            BiFunction<ConsumerRecord<?, ?>, Exception, Integer> attempts) {
        this.deadLetters = deadLetters;
        this.tracker = tracker;
        this.attempts = attempts;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        deadLetters.accept(record, exception);
        if (!(record.value() instanceof JobMessage message)) {
            log.error("undecodable message on {} (key {}) sent to the dead-letter topic", record.topic(), record.key());
            return;
        }
        Throwable cause = rootOf(exception);
        JobError error = describe(message, cause, attempts.apply(record, exception));
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

    private static Throwable rootOf(Exception exception) {
        Throwable t = exception;
        while (t instanceof ListenerExecutionFailedException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
