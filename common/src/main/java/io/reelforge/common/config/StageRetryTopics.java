package io.reelforge.common.config;

import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.JobCanceledException;
import io.reelforge.common.stage.JobFailureRecorder;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageDeadLetterPublisher;
import io.reelforge.common.stage.StageProcessor;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationSupport;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.kafka.retrytopic.SameIntervalTopicReuseStrategy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Retries of a failed stage that never hold the stage topic's partition (spring-kafka's non-blocking retries):
 * the message moves to the stage's next retry topic, whose consumer takes it up once its delay has passed, while
 * the stage topic's partition goes on with the next job. After {@code reelforge.kafka.max-attempts} attempts, or
 * at once for a {@link PermanentJobFailure}, the message goes to the {@code -dlt} topic and the job fails
 * ({@link StageDeadLetterPublisher}). Before, a back-off slept on the consumer thread, and one page failing three
 * times stalled every job behind it on its partition for a minute.
 *
 * <p>Only in services that run stages: the gateway's job-event listener keeps common's blocking error handler.
 * The topics are created by {@link ReelforgeCommonAutoConfiguration}'s topic list, not by spring-kafka, so that
 * every topic is created in one place and only from {@link Topics}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(StageProcessor.class)
public class StageRetryTopics extends RetryTopicConfigurationSupport {

    private final ObjectProvider<JobTracker> tracker;

    StageRetryTopics(ObjectProvider<JobTracker> tracker) {
        this.tracker = tracker;
    }

    @Bean
    RetryTopicConfiguration stageRetryTopicConfiguration(KafkaTemplate<String, Object> kafka,
            ReelforgeProperties properties) {
        return retryTopics(properties.kafka()).create(kafka);
    }

    /** The retry policy of every stage topic; package-private so a test can hold the topic names against it. */
    static RetryTopicConfigurationBuilder retryTopics(ReelforgeProperties.Kafka kafka) {
        long initial = kafka.initialBackoff().toMillis();
        long max = kafka.maxBackoff().toMillis();
        RetryTopicConfigurationBuilder builder = RetryTopicConfigurationBuilder.newInstance()
                .includeTopics(Topics.STAGE_TOPICS)
                .maxAttempts(kafka.maxAttempts());
        // spring-kafka's exponential back-off needs room to grow; without it every retry waits the same
        builder = max > initial && kafka.backoffMultiplier() > 1.0
                ? builder.exponentialBackoff(initial, kafka.backoffMultiplier(), max)
                : builder.fixedBackOff(Math.min(initial, max));
        return builder
                // -retry-0, -retry-1, ...: names that do not change when the delays do (Topics.retries)
                .retryTopicSuffix(Topics.RETRY_SUFFIX)
                .suffixTopicsWithIndexValues()
                .sameIntervalTopicReuseStrategy(SameIntervalTopicReuseStrategy.MULTIPLE_TOPICS)
                .dltSuffix(Topics.DEAD_LETTER_SUFFIX)
                .notRetryOn(List.of(PermanentJobFailure.class, JobCanceledException.class))
                .traversingCauses()
                .doNotAutoCreateRetryTopics()
                // the dead-letter topic is for operators: no worker consumes it
                .autoStartDltHandler(false)
                .concurrency(kafka.retryConcurrency());
    }

    /** Wakes a paused retry partition when its next message is due. */
    @Bean
    RetryTopicSchedulerWrapper stageRetryScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("stage-retry-");
        scheduler.setPoolSize(1);
        return new RetryTopicSchedulerWrapper(scheduler);
    }

    @Override
    protected Consumer<DeadLetterPublishingRecovererFactory> configureDeadLetterPublishingContainerFactory() {
        return factory -> {
            factory.setDeadLetterPublisherCreator(
                    StageDeadLetterPublisher.creator(new JobFailureRecorder(tracker.getObject())));
            // the publisher logs each failed attempt and the job's failure itself, with the job id
            factory.neverLogListenerException();
        };
    }
}
