package io.reelforge.common.stage;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.testing.RecordingKafka;
import io.reelforge.common.testing.SettableClock;
import io.reelforge.common.testing.SharedRedis;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A stopping worker gives its run back, against a real Redis. Kafka is only the outbox here: what it was asked to
 * send is recorded, with the attempt the stored job had then.
 */
class StageHandBackTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String WORKER = "media-worker@host:42/ab";

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private final List<Integer> storedAttemptWhenSent = new CopyOnWriteArrayList<>();
    private final RecordingKafka kafka = new RecordingKafka(
            message -> storedAttemptWhenSent.add(store.find(message.jobId()).orElseThrow().attempt()));
    private final List<String> created = new CopyOnWriteArrayList<>();
    private SettableClock clock;
    private StageHandBack handBack;

    @BeforeAll
    static void connect() {
        connections = SharedRedis.connect();
        store = new RedisJobStore(new StringRedisTemplate(connections), Duration.ofHours(1), LEASE);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void handBack() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        handBack = new StageHandBack(new JobTracker(store, kafka.template(), clock, PipelineMetrics.inMemory()));
    }

    /** Leaves no job holding a lease in the shared Redis, where another test's watchdog would sweep it. */
    @AfterEach
    void cancelJobs() {
        created.forEach(id -> store.update(id, j -> j.status().isFinal() ? j : j.cancel(clock.instant())));
    }

    /** A video job that {@code worker} claimed for rendering, saved. */
    private Job renderingClaimedBy(String worker) {
        Instant now = clock.instant();
        Job job = aVideoJob().waitingForRender(now);
        store.create(job);
        created.add(job.id());
        return store.update(job.id(), j -> j.claim(JobStatus.RENDERING, worker, 1, now)).job();
    }

    private static JobMessage messageOf(Job job, int attempt) {
        return JobMessage.of(job.id(), job.tenant(), attempt, Pipeline.payload(job, JobStatus.RENDERING),
                job.createdAt());
    }

    @Test
    void aRunTheWorkerHoldsWaitsForAnotherWorkerAtTheNextAttemptWhoseMessageIsSentBeforeTheSave() {
        Job job = renderingClaimedBy(WORKER);
        clock.advance(Duration.ofSeconds(3));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isPresent();

        Job handed = store.find(job.id()).orElseThrow();
        assertThat(handed.attempt()).isEqualTo(2);
        assertThat(handed.visibleStatus()).isEqualTo(JobStatus.QUEUED);
        assertThat(handed.status()).isEqualTo(JobStatus.RENDERING);
        StageRun given = handed.history().get(handed.history().size() - 2);
        assertThat(given.worker()).isEqualTo(WORKER);
        assertThat(given.outcome()).isEqualTo(RunOutcome.HANDED_BACK);
        assertThat(given.endedAt()).isEqualTo(clock.instant());
        assertThat(store.leaseExpiry(job.id())).as("nobody holds it, so the watchdog leaves it alone").isEmpty();
        assertThat(kafka.messages()).singleElement().satisfies(m -> assertThat(m.attempt()).isEqualTo(2));
        assertThat(kafka.topics()).containsExactly(Topics.RENDER_REQUESTS);
        assertThat(storedAttemptWhenSent).containsExactly(1);
    }

    @Test
    void aRunAnotherWorkerTookOverIsNotHandedBack() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.claim(JobStatus.RENDERING, "media-worker@other:7/cd", 1, clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().attempt()).isEqualTo(1);
        assertThat(kafka.messages()).isEmpty();
    }

    @Test
    void theRunOfAStaleAttemptIsNotHandedBack() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.redrive(clock.instant()).claim(JobStatus.RENDERING, WORKER, 2, clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().attempt()).isEqualTo(2);
        assertThat(kafka.messages()).isEmpty();
    }

    @Test
    void aCanceledJobStaysCanceled() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.cancel(clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
        assertThat(kafka.messages()).isEmpty();
    }
}
