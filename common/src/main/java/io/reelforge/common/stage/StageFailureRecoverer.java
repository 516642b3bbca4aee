package io.reelforge.common.stage;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * The last step for a message whose blocking retries ran out (listeners without retry topics): the record goes to
 * the dead-letter topic (with the stack trace in its headers, for operators) and the job becomes {@code failed}
 * with a code and a message a client can act on (never the stack trace). Stage listeners retry on retry topics
 * instead, through {@link StageDeadLetterPublisher}, which ends the same way.
 */
public class StageFailureRecoverer implements ConsumerRecordRecoverer {

    private final ConsumerRecordRecoverer deadLetters;
    private final JobFailureRecorder failures;
    private final BiFunction<ConsumerRecord<?, ?>, Exception, Integer> attempts;

    public StageFailureRecoverer(ConsumerRecordRecoverer deadLetters, JobTracker tracker,
            BiFunction<ConsumerRecord<?, ?>, Exception, Integer> attempts) {
        this.deadLetters = deadLetters;
        this.failures = new JobFailureRecorder(tracker);
        this.attempts = attempts;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        deadLetters.accept(record, exception);
        failures.jobFailed(record, exception, attempts.apply(record, exception));
    }
}
