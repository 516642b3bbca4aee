package io.reelforge.common.stage;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.SharedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * After a retry, messages of the job's earlier attempt are stale: the stage executor drops them, so a late render of
 * attempt 1 can neither claim, nor finish, nor fail the job that attempt 2 now drives. Real Redis; Kafka is only
 * the event announcement here, so a mocked template that accepts everything stands in for it.
 */
class StaleAttemptTest {

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private static StageExecutor executor;

    private static final List<JobMessage> SENT = new CopyOnWriteArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void connect() {
        connections = SharedRedis.connect();
        store = new RedisJobStore(new StringRedisTemplate(connections), Duration.ofHours(1));
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenAnswer(call -> {
            if (call.getArgument(2) instanceof JobMessage message) {
                SENT.add(message);
                return CompletableFuture.completedFuture(null); // the broker has it
            }
            return new CompletableFuture<>(); // events: never acknowledged, and nobody waits for them
        });
        var tracker = new JobTracker(store, kafka, Clock.systemUTC(), PipelineMetrics.inMemory());
        executor = new StageExecutor(tracker, "media-test",
                new LeaseHeartbeat(store, Clock.systemUTC(), Duration.ofSeconds(30)),
                new ReelforgeProperties.StageLimits(Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(20)));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    private static Job retriedAfterAFailedRender() {
        Job rendering = aVideoJob().started().withProduct(Products.aProduct(List.of()), NOW)
                .startStage(JobStatus.SCRIPTING, 1, NOW).withScript(Products.aScript(1), NOW)
                .startStage(JobStatus.RENDERING, 1, NOW);
        store.create(rendering);
        store.update(rendering.id(), j -> j.fail(new JobError(ErrorCode.RENDER_FAILED, "The encoder failed.",
                JobStatus.RENDERING, 3, NOW), NOW));
        return store.update(rendering.id(), j -> j.retry(NOW)).job();
    }

    private static JobMessage render(Job job, int attempt) {
        return JobMessage.of(job.id(), job.tenant(), attempt,
                new RenderRequest(job.results().product(), job.results().script(), job.request().options()), NOW);
    }

    /**
     * The scraper sends the script message before it saves the product it found, so the writer can claim, write and
     * hand on while the job still has no product: the render message takes the product from the script message.
     */
    @Test
    void aScriptFinishedBeforeTheScrapersProductIsSavedHandsTheCarriedProductToTheRender() throws Exception {
        Job scraping = aVideoJob().started();
        store.create(scraping);
        var product = Products.aProduct(List.of("http://127.0.0.1:1/a.jpg"));
        JobMessage write = JobMessage.of(scraping.id(), scraping.tenant(), 1,
                new ScriptRequest(product, null, scraping.request().options()), NOW);

        executor.execute(write, (ScriptRequest) write.payload(),
                (m, p, c) -> new StageOutcome.Scripted(Products.aScript(2)));

        assertThat(store.find(scraping.id()).orElseThrow().results().product()).as("not saved yet").isNull();
        assertThat(SENT).filteredOn(m -> m.jobId().equals(scraping.id())).singleElement()
                .satisfies(m -> assertThat(m.payload()).isInstanceOfSatisfying(RenderRequest.class,
                        render -> assertThat(render.product()).isEqualTo(product)));
    }

    @Test
    void aLateMessageOfTheEarlierAttemptIsDroppedWithoutRunning() throws Exception {
        Job retried = retriedAfterAFailedRender();
        AtomicInteger runs = new AtomicInteger();

        executor.execute(render(retried, 1), (RenderRequest) render(retried, 1).payload(), (m, p, c) -> {
            runs.incrementAndGet();
            return new StageOutcome.Rendered(List.of());
        });

        assertThat(runs).hasValue(0);
        assertThat(store.find(retried.id())).contains(retried);
    }

    @Test
    void theMessageOfTheCurrentAttemptRunsAndFinishesTheJob() throws Exception {
        Job retried = retriedAfterAFailedRender();

        executor.execute(render(retried, 2), (RenderRequest) render(retried, 2).payload(),
                (m, p, c) -> new StageOutcome.Rendered(List.of()));

        Job done = store.find(retried.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.history().getLast().attempt()).isEqualTo(2);
        assertThat(done.history().getLast().worker()).isEqualTo("media-test");
    }
}
