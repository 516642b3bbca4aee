package io.reelforge.common.metrics;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.LeaseHeartbeat;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.SharedRedis;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** What the job tracker and the stage executor count, as the dashboard reads it. */
class PipelineMetricsTest {

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private static KafkaTemplate<String, Object> kafka;

    private MeterRegistry registry;
    private JobTracker tracker;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void connect() {
        connections = SharedRedis.connect();
        store = new RedisJobStore(new StringRedisTemplate(connections), Duration.ofHours(1));
        kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void freshMetrics() {
        registry = new SimpleMeterRegistry();
        tracker = new JobTracker(store, kafka, Clock.systemUTC(), new PipelineMetrics(registry));
    }

    @Test
    void anAcceptedJobIsCountedByKindAndLane() {
        tracker.create(aVideoJob().build());

        assertThat(count(PipelineMetrics.JOBS_ACCEPTED).tags("kind", "video", "lane", "interactive").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void aJobThatFailsIsCountedOnceWithItsErrorCode() {
        Job job = tracker.create(aVideoJob().build());
        JobError error = new JobError(ErrorCode.NOT_A_PRODUCT_PAGE, "No product here.", JobStatus.SCRAPING, 1, NOW);

        tracker.update(job.id(), current -> current.startStage(JobStatus.SCRAPING, 1, NOW));
        tracker.update(job.id(), current -> current.fail(error, NOW));
        tracker.update(job.id(), current -> current.status().isFinal() ? current : current.fail(error, NOW));

        assertThat(count(PipelineMetrics.JOBS_FINISHED).counters()).singleElement().satisfies(counter -> {
            assertThat(counter.getId().getTag("kind")).isEqualTo("video");
            assertThat(counter.getId().getTag("state")).isEqualTo("failed");
            assertThat(counter.getId().getTag("error_code")).isEqualTo(ErrorCode.NOT_A_PRODUCT_PAGE.code());
            assertThat(counter.count()).isEqualTo(1);
        });
    }

    @Test
    void aStageRunRecordsItsQueueWaitAndItsDurationByOutcome() throws Exception {
        Job rendering = aVideoJob().started().withProduct(Products.aProduct(List.of()), NOW)
                .startStage(JobStatus.SCRIPTING, 1, NOW).withScript(Products.aScript(1), NOW)
                .startStage(JobStatus.RENDERING, 1, Instant.now().minusSeconds(3));
        store.create(rendering);
        JobMessage message = JobMessage.of(rendering.id(), rendering.tenant(), 1, new RenderRequest(
                rendering.results().product(), rendering.results().script(), rendering.request().options()), NOW);
        var executor = new StageExecutor(tracker, "media-test",
                new LeaseHeartbeat(store, Clock.systemUTC(), Duration.ofSeconds(30)),
                new ReelforgeProperties.StageLimits(Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(20)));

        assertThatThrownBy(() -> executor.execute(message, (RenderRequest) message.payload(), (m, p, c) -> {
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");

        Timer wait = count(PipelineMetrics.STAGE_QUEUE_WAIT).tags("stage", "rendering", "lane", "interactive").timer();
        assertThat(wait.count()).isEqualTo(1);
        assertThat(wait.totalTime(TimeUnit.SECONDS)).isBetween(3.0, 60.0);
        assertThat(count(PipelineMetrics.STAGE_DURATION).tags("stage", "rendering", "outcome", "failed").timer()
                .count()).isEqualTo(1);
        executor.close();
    }

    private RequiredSearch count(String name) {
        return registry.get(name);
    }
}
