package io.reelforge.media.worker.shutdown;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.RunTakenOverException;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageHandBack;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.common.testing.RecordingKafka;
import io.reelforge.common.testing.SharedRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The stop of a media worker, with a render that runs until the test lets it go: it may finish within the grace, and
 * is handed back after it, as is a render taken once the stop began. The job store is a real Redis; Kafka is only the
 * outbox here (what it was asked to send is recorded), and the worker has no listener containers.
 */
class GracefulShutdownTest {

    private static final String WORKER = "media-worker@host:42/ab";

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private final RecordingKafka kafka = new RecordingKafka();
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final InFlightRenders renders = new InFlightRenders();
    private final LongRender render = new LongRender();
    /** Threads of their own: the common pool may have one thread only, and a render holds it. */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HandBackOnShutdown processor;

    @BeforeAll
    static void connect() {
        connections = SharedRedis.connect();
        store = new RedisJobStore(new StringRedisTemplate(connections), Duration.ofHours(1), Duration.ofSeconds(30));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void worker() {
        var handBack = new StageHandBack(new JobTracker(store, kafka.template(), Clock.systemUTC(), PipelineMetrics.inMemory()));
        processor = new HandBackOnShutdown(render, renders, handBack, WORKER);
    }

    /** Lets renders go, and leaves no job holding a lease in the shared Redis for another test's watchdog. */
    @AfterEach
    void tidyUp() {
        render.finish.countDown();
        threads.shutdownNow();
        created.forEach(id -> store.update(id, j -> j.status().isFinal() ? j : j.cancel(Instant.now())));
    }

    private GracefulShutdown shutdown(Duration grace) {
        var shutdown = new GracefulShutdown(renders, new KafkaListenerEndpointRegistry(),
                new StaticMemberExit(new KafkaAdmin(Map.of()), null), grace);
        shutdown.start();
        return shutdown;
    }

    @Test
    void aRenderThatFinishesWithinTheGraceIsWaitedForAndNotHandedBack() throws Exception {
        GracefulShutdown shutdown = shutdown(Duration.ofMinutes(1));
        Job job = renderingClaimedByThisWorker();
        CompletableFuture<StageOutcome> rendering = CompletableFuture.supplyAsync(() -> process(job), threads);
        render.started.await();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(shutdown::stop, threads);
        await().until(() -> !shutdown.isRunning());
        assertThat(stopping).as("the stop waits for the render").isNotDone();
        render.finish.countDown();

        stopping.get(10, TimeUnit.SECONDS);
        assertThat(rendering.get()).isInstanceOf(StageOutcome.Rendered.class);
        assertThat(store.find(job.id()).orElseThrow().attempt()).isEqualTo(1);
        assertThat(kafka.messages()).isEmpty();
    }

    @Test
    void aRenderStillRunningAfterTheGraceStopsAndItsJobWaitsForAnotherWorkerWithTheNextAttempt() throws Exception {
        GracefulShutdown shutdown = shutdown(Duration.ofMillis(200));
        Job job = renderingClaimedByThisWorker();
        CompletableFuture<StageOutcome> rendering = CompletableFuture.supplyAsync(() -> process(job), threads);
        render.started.await();

        shutdown.stop();

        // the stop returns once the render has left (handed back); its thread then completes the future
        assertThatThrownBy(() -> rendering.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RunTakenOverException.class);
        assertHandedBack(job);
    }

    @Test
    void aRenderTakenOnceTheStopBeganIsHandedBackWithoutStarting() {
        shutdown(Duration.ofMinutes(1)).stop();
        Job job = renderingClaimedByThisWorker();

        assertThatThrownBy(() -> process(job)).isInstanceOf(RunTakenOverException.class);

        assertThat(render.calls).hasValue(0);
        assertHandedBack(job);
    }

    private void assertHandedBack(Job job) {
        Job handed = store.find(job.id()).orElseThrow();
        assertThat(handed.attempt()).isEqualTo(2);
        assertThat(handed.visibleStatus()).isEqualTo(JobStatus.QUEUED);
        assertThat(handed.history()).filteredOn(run -> run.stage() == JobStatus.RENDERING)
                .extracting(run -> run.outcome()).containsExactly(RunOutcome.HANDED_BACK, null);
        assertThat(kafka.messages()).singleElement().satisfies(message -> assertThat(message.attempt()).isEqualTo(2));
    }

    /** A video job this worker claimed for rendering, as the stage executor leaves it before the render starts. */
    private Job renderingClaimedByThisWorker() {
        Instant now = Instant.now();
        Job job = aVideoJob().waitingForRender(now);
        store.create(job);
        created.add(job.id());
        return store.update(job.id(), j -> j.claim(JobStatus.RENDERING, WORKER, 1, now)).job();
    }

    private StageOutcome process(Job job) {
        JobMessage message = JobMessage.of(job.id(), job.tenant(), 1, Pipeline.payload(job, JobStatus.RENDERING),
                job.createdAt());
        try {
            return processor.process(message, (RenderRequest) message.payload(), new QuietContext(job.id()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reports progress, as an encode does for every frame, until the test lets it finish. */
    private static final class LongRender implements StageProcessor<RenderRequest> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public StageOutcome process(JobMessage message, RenderRequest request, StageContext context)
                throws InterruptedException {
            calls.incrementAndGet();
            started.countDown();
            for (int frame = 0; !finish.await(1, TimeUnit.MILLISECONDS); frame++) {
                context.progress(frame / (frame + 1.0));
            }
            return new StageOutcome.Rendered(List.of());
        }
    }

    private record QuietContext(String jobId) implements StageContext {
        @Override
        public void progress(double fraction) {
        }
    }
}
