package io.reelforge.common.stage;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.SharedRedis;
import io.reelforge.common.watchdog.LeaseSweeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A stage run holds a lease while it works, renewed by a heartbeat whether or not the stage reports progress; a
 * worker that loses its run stops; messages it cannot read or for jobs that do not exist are not retried. Real
 * Redis and real time (leases of a fraction of a second); Kafka is only the outbox here.
 */
class LeasedStageTest {

    private static final Duration LEASE = Duration.ofMillis(600);
    private static final ReelforgeProperties.StageLimits LIMITS = new ReelforgeProperties.StageLimits(
            Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private static JobTracker tracker;
    private static StageExecutor executor;
    private static LeaseSweeper sweeper;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void connect() {
        connections = SharedRedis.connect();
        store = new RedisJobStore(new StringRedisTemplate(connections), Duration.ofHours(1), LEASE);
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenReturn(CompletableFuture.completedFuture(null));
        tracker = new JobTracker(store, kafka, Clock.systemUTC(), PipelineMetrics.inMemory());
        executor = new StageExecutor(tracker, "media@test", new LeaseHeartbeat(store, Clock.systemUTC(), LEASE), LIMITS);
        sweeper = new LeaseSweeper(tracker, new ReelforgeProperties.Jobs(Duration.ofHours(1), LEASE,
                Duration.ofMillis(100), 3, LIMITS));
    }

    @AfterAll
    static void disconnect() {
        executor.close();
        connections.destroy();
    }

    private static Job waitingForARender() {
        Instant now = Instant.now();
        Job job = aVideoJob().in(JobStatus.SCRAPING).withProduct(Products.aProduct(List.of()), now)
                .startStage(JobStatus.SCRIPTING, 1, now).withScript(Products.aScript(1), now)
                .startStage(JobStatus.RENDERING, 1, now);
        store.create(job);
        return job;
    }

    private static JobMessage render(Job job, int attempt) {
        return JobMessage.of(job.id(), job.tenant(), attempt,
                new RenderRequest(job.results().product(), job.results().script(), job.request().options()),
                Instant.now());
    }

    private static CompletableFuture<Void> runInBackground(JobMessage message, StageProcessor<RenderRequest> work) {
        return CompletableFuture.runAsync(() -> {
            try {
                executor.execute(message, (RenderRequest) message.payload(), work);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aLongStageThatReportsNoProgressKeepsItsLeaseAndIsNeverDrivenAgain() {
        Job job = waitingForARender();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> run = runInBackground(render(job, 1), (m, p, c) -> {
            release.await(10, TimeUnit.SECONDS);
            return new StageOutcome.Rendered(List.of());
        });
        await().until(() -> store.find(job.id()).orElseThrow().leaseHolder() != null);

        // five leases long, swept all the while: the heartbeat keeps the run alive
        await().during(LEASE.multipliedBy(5)).atMost(LEASE.multipliedBy(8)).until(() -> {
            sweeper.sweep();
            return store.find(job.id()).orElseThrow().attempt() == 1;
        });
        release.countDown();
        run.join();

        Job done = store.find(job.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.history().getLast().outcome()).isEqualTo(RunOutcome.COMPLETED);
    }

    @Test
    void aWorkerWhoseRunWasDrivenAgainStopsAtItsNextProgressReportAndHandsNothingOn() {
        Job job = waitingForARender();
        CountDownLatch redriven = new CountDownLatch(1);
        AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
        CompletableFuture<Void> run = runInBackground(render(job, 1), (m, p, c) -> {
            redriven.await(10, TimeUnit.SECONDS);
            try {
                c.progress(0.5);
            } catch (RuntimeException e) {
                stoppedBy.set(e);
                throw e;
            }
            return new StageOutcome.Rendered(List.of());
        });
        await().until(() -> store.find(job.id()).orElseThrow().leaseHolder() != null);
        // what the watchdog does once the lease has run out (the worker seemed dead)
        store.update(job.id(), j -> j.redrive(Instant.now()));
        redriven.countDown();
        run.join();

        assertThat(stoppedBy.get()).isInstanceOf(RunTakenOverException.class);
        Job after = store.find(job.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JobStatus.RENDERING);
        assertThat(after.attempt()).isEqualTo(2);
        assertThat(after.waiting()).isTrue();
    }

    @Test
    void aRedeliveredMessageTakenByAnotherWorkerRecordsTheAbandonedRunAndTheNewOne() {
        Job job = waitingForARender();
        Instant now = Instant.now();
        store.update(job.id(), j -> j.claim(JobStatus.RENDERING, "media@crashed", 1, now));

        runInBackground(render(job, 1), (m, p, c) -> new StageOutcome.Rendered(List.of())).join();

        Job done = store.find(job.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.history()).extracting(r -> r.worker(), r -> r.outcome()).endsWith(
                org.assertj.core.groups.Tuple.tuple("media@crashed", RunOutcome.LOST),
                org.assertj.core.groups.Tuple.tuple("media@test", RunOutcome.COMPLETED));
    }

    @Test
    void aMessageOfAnUnknownEnvelopeVersionIsRefusedAndNotRun() {
        Job job = waitingForARender();
        JobMessage current = render(job, 1);
        JobMessage future = new JobMessage(99, current.jobId(), current.tenant(), 1, current.createdAt(),
                current.payload());

        assertThatThrownBy(() -> executor.execute(future, (RenderRequest) future.payload(),
                (m, p, c) -> new StageOutcome.Rendered(List.of())))
                .isInstanceOf(UnsupportedMessageException.class)
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("envelope version 99");
        assertThat(store.find(job.id()).orElseThrow()).isEqualTo(job);
    }

    @Test
    void aMessageForAJobThatDoesNotExistIsDroppedWithoutARetry() throws Exception {
        JobMessage orphan = render(aVideoJob().in(JobStatus.RENDERING).withProduct(Products.aProduct(List.of()),
                Instant.now()).withScript(Products.aScript(1), Instant.now()), 1);

        executor.execute(orphan, (RenderRequest) orphan.payload(), (m, p, c) -> {
            throw new AssertionError("must not run");
        });

        assertThat(store.find(orphan.jobId())).isEmpty();
    }
}
