package io.reelforge.common.config;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.artifact.FileSystemArtifactStore;
import io.reelforge.common.artifact.S3ArtifactStore;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.message.Topics;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.readiness.ConsumerAssignments;
import io.reelforge.common.readiness.KafkaConsumersHealthIndicator;
import io.reelforge.common.stage.JobCanceledException;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.LeaseHeartbeat;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.common.stage.StageFailureRecoverer;
import io.reelforge.common.stage.WorkerIds;
import io.reelforge.common.voice.VoiceRegistry;
import io.reelforge.common.watchdog.LeaseSweeper;
import io.reelforge.common.watchdog.Watchdog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The shared pieces every Reelforge service gets by depending on {@code common}. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"})
@EnableConfigurationProperties(ReelforgeProperties.class)
@Import(StageRetryTopics.class)
public class ReelforgeCommonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock reelforgeClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    JobStore jobStore(StringRedisTemplate redis, ReelforgeProperties properties) {
        return new RedisJobStore(redis, properties.jobs().retention(), properties.jobs().lease());
    }

    /** What the running media workers can voice: they write it, the gateway reads it at submit. */
    @Bean
    @ConditionalOnMissingBean
    VoiceRegistry voiceRegistry(StringRedisTemplate redis) {
        return new VoiceRegistry(redis);
    }

    /** The filesystem store unless {@code reelforge.artifacts.store=s3}; an S3 store is closed with the context. */
    @Bean
    @ConditionalOnMissingBean
    ArtifactStore artifactStore(ReelforgeProperties properties) {
        ReelforgeProperties.Artifacts settings = properties.artifacts();
        return switch (settings.store()) {
            case FILESYSTEM -> new FileSystemArtifactStore(settings.root());
            case S3 -> S3ArtifactStore.connect(settings.s3(), DefaultCredentialsProvider.builder().build());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    UrlPolicy urlPolicy(ReelforgeProperties properties) {
        return new UrlPolicy(properties.fetch().allowedHosts());
    }

    @Bean
    @ConditionalOnMissingBean
    SafeHttpClient safeHttpClient(UrlPolicy policy, ReelforgeProperties properties) {
        return new SafeHttpClient(policy, properties.fetch());
    }

    @Bean
    @ConditionalOnMissingBean
    JobTracker jobTracker(JobStore store, KafkaTemplate<String, Object> kafka, Clock clock, PipelineMetrics metrics) {
        return new JobTracker(store, kafka, clock, metrics);
    }

    @Bean
    @ConditionalOnMissingBean
    PipelineMetrics pipelineMetrics(ObjectProvider<MeterRegistry> registry) {
        return new PipelineMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    StageExecutor stageExecutor(JobTracker tracker, ReelforgeProperties properties,
            org.springframework.core.env.Environment environment) {
        String app = environment.getProperty("spring.application.name", "reelforge");
        var heartbeat = new LeaseHeartbeat(tracker.store(), tracker.clock(), properties.jobs().lease());
        return new StageExecutor(tracker, WorkerIds.next(app), heartbeat, properties.jobs().stageLimits());
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumerAssignments consumerAssignments() {
        return new ConsumerAssignments();
    }

    /** Readiness: down until every consumer of the process has joined its group. */
    @Bean
    @ConditionalOnMissingBean(name = "kafkaConsumersHealthIndicator")
    KafkaConsumersHealthIndicator kafkaConsumersHealthIndicator(ConsumerAssignments assignments) {
        return new KafkaConsumersHealthIndicator(assignments);
    }

    /**
     * One static member per listener container, when the process runs with static group membership, and each
     * container's assignment followed for readiness.
     */
    @Bean
    @ConditionalOnMissingBean(ListenerContainerSetup.class)
    ListenerContainerSetup listenerContainerSetup(org.springframework.core.env.Environment environment,
            ConsumerAssignments assignments) {
        var membership = new StaticMembership(
                environment.getProperty("spring.kafka.consumer.properties.group.instance.id"));
        return new ListenerContainerSetup(membership, assignments);
    }

    @Bean
    @ConditionalOnMissingBean
    LeaseSweeper leaseSweeper(JobTracker tracker, ReelforgeProperties properties) {
        return new LeaseSweeper(tracker, properties.jobs());
    }

    /** Every service runs the watchdog; a Redis lock lets one instance at a time sweep. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "reelforge.jobs.watchdog", havingValue = "true", matchIfMissing = true)
    Watchdog jobWatchdog(LeaseSweeper sweeper, StringRedisTemplate redis, ReelforgeProperties properties,
            org.springframework.core.env.Environment environment) {
        String app = environment.getProperty("spring.application.name", "reelforge");
        return new Watchdog(sweeper, redis, properties.jobs().sweepInterval(), WorkerIds.next(app));
    }

    /**
     * Retries with backoff on the consumer thread, then dead letter and a failed job; permanent failures skip the
     * retries. Stage listeners do not use it: they retry on retry topics ({@link StageRetryTopics}); it serves the
     * listeners without retry topics (the gateway's job-event consumers).
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler stageErrorHandler(KafkaTemplate<String, Object> kafka, JobTracker tracker,
            ReelforgeProperties properties) {
        var retry = properties.kafka();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
        backOff.setInitialInterval(retry.initialBackoff().toMillis());
        backOff.setMultiplier(retry.backoffMultiplier());
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        var recoverer = new StageFailureRecoverer(new DeadLetterPublishingRecoverer(kafka), tracker,
                (record, e) -> isPermanent(e) ? 1 : retry.maxAttempts());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PermanentJobFailure.class, JobCanceledException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics reelforgeTopics(ReelforgeProperties properties) {
        int partitions = properties.kafka().partitions();
        short replicas = properties.kafka().replicationFactor();
        var topics = new java.util.ArrayList<NewTopic>();
        for (String topic : Topics.STAGE_TOPICS) {
            topics.add(new NewTopic(topic, partitions, replicas));
            for (String retry : Topics.retries(topic, properties.kafka().maxAttempts())) {
                topics.add(new NewTopic(retry, partitions, replicas));
            }
            topics.add(new NewTopic(Topics.deadLetter(topic), partitions, replicas));
        }
        topics.add(new NewTopic(Topics.JOB_EVENTS, partitions, replicas));
        // an event consumer (webhooks) that fails for good dead-letters like the stages do
        topics.add(new NewTopic(Topics.deadLetter(Topics.JOB_EVENTS), partitions, replicas));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static boolean isPermanent(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PermanentJobFailure) {
                return true;
            }
        }
        return false;
    }
}
