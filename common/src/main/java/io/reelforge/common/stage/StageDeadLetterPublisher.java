package io.reelforge.common.stage;

import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory.DeadLetterPublisherCreator;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;

/**
 * Sends a failed stage message where spring-kafka's non-blocking retries route it: to the stage's next retry
 * topic, or, after the last attempt or at once for a permanent failure, to its dead-letter topic ({@code -dlt},
 * the stack trace in the record's headers). Only once the dead-letter record is written does the job fail, with
 * its stable code and the attempts made ({@link JobFailureRecorder}); if writing it fails, the message is
 * delivered again rather than the job left failed without a dead letter.
 *
 * <p>The framework picks the destination inside {@link #accept}; this class notes it on the way (the
 * {@link Destinations} wrapper around the framework's resolver) to know, after publishing, whether it was the end.
 */
public final class StageDeadLetterPublisher extends DeadLetterPublishingRecoverer {

    private static final Logger log = LoggerFactory.getLogger(StageDeadLetterPublisher.class);

    private final Destinations destinations;
    private final JobFailureRecorder failures;

    private StageDeadLetterPublisher(Function<ProducerRecord<?, ?>, ? extends KafkaOperations<?, ?>> templates,
            Destinations destinations, JobFailureRecorder failures) {
        super(templates, destinations);
        this.destinations = destinations;
        this.failures = failures;
    }

    /** For {@code DeadLetterPublishingRecovererFactory.setDeadLetterPublisherCreator}. */
    public static DeadLetterPublisherCreator creator(JobFailureRecorder failures) {
        return (templates, resolver) -> new StageDeadLetterPublisher(templates, new Destinations(resolver), failures);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
        try {
            super.accept(record, consumer, exception);
            TopicPartition sentTo = destinations.of(record);
            if (sentTo == null) {
                return; // the framework found nowhere to send it (a failure on the dead-letter topic itself)
            }
            int attempt = attemptOf(record);
            if (Topics.isDeadLetter(sentTo.topic())) {
                failures.jobFailed(record, exception, attempt);
            } else if (record.value() instanceof JobMessage message) {
                Throwable cause = JobFailureRecorder.rootOf(exception);
                log.info("job {}: attempt {} of {} failed ({}); retrying from {}", message.jobId(), attempt,
                        message.payload().stage().wireName(), cause.getMessage(), sentTo.topic());
            }
        } finally {
            destinations.forget(record);
        }
    }

    /**
     * Which attempt the record was: 1 on the stage topic, then counted by spring-kafka in a header as the record
     * moves from one retry topic to the next.
     */
    static int attemptOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
        if (header == null) {
            return 1;
        }
        byte[] value = header.value();
        return switch (value.length) {
            case Integer.BYTES -> ByteBuffer.wrap(value).getInt();
            case 1 -> Byte.toUnsignedInt(value[0]); // written so by spring-kafka before 2.8
            default -> 1;
        };
    }

    /** The framework's destination resolver, remembering its answer for each record being published. */
    private static final class Destinations
            implements BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable TopicPartition> {

        private final BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable TopicPartition> resolver;
        // keyed by the record itself (ConsumerRecord has identity equality): several consumer threads share this
        private final Map<ConsumerRecord<?, ?>, TopicPartition> resolved = new ConcurrentHashMap<>();

        Destinations(BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable TopicPartition> resolver) {
            this.resolver = resolver;
        }

        @Override
        public @Nullable TopicPartition apply(ConsumerRecord<?, ?> record, Exception exception) {
            TopicPartition destination = resolver.apply(record, exception);
            if (destination != null) {
                resolved.put(record, destination);
            }
            return destination;
        }

        @Nullable TopicPartition of(ConsumerRecord<?, ?> record) {
            return resolved.get(record);
        }

        void forget(ConsumerRecord<?, ?> record) {
            resolved.remove(record);
        }
    }
}
