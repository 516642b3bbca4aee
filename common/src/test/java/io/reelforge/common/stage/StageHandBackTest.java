package io.reelforge.common.stage;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.SettableClock;
import io.reelforge.common.testing.SharedRedis;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A stopping worker gives its run back, against a real Redis. Kafka is only the outbox here: a template that records
 * what it was asked to send, and the attempt the stored job had when it was sent, stands in for it.
 */
class StageHandBackTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String WORKER = "media-worker@host:42/ab";

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private final List<JobMessage> sent = new CopyOnWriteArrayList<>();
    private final List<String> sentTo = new CopyOnWriteArrayList<>();
    private final List<Integer> storedAttemptWhenSent = new CopyOnWriteArrayList<>();
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
    @SuppressWarnings("unchecked")
    void handBack() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenAnswer(call -> {
            if (call.getArgument(2) instanceof JobMessage message) {
                sent.add(message);
                sentTo.add(call.getArgument(0));
                storedAttemptWhenSent.add(store.find(message.jobId()).orElseThrow().attempt());
            }
            return CompletableFuture.completedFuture(null);
        });
        handBack = new StageHandBack(new JobTracker(store, kafka, clock));
    }

    /** A video job that {@code worker} claimed for rendering, saved. */
    private Job renderingClaimedBy(String worker) {
        Instant now = clock.instant();
        Job job = aVideoJob().in(JobStatus.SCRAPING).withProduct(Products.aProduct(List.of()), now)
                .startStage(JobStatus.SCRIPTING, 1, now).withScript(Products.aScript(2), now)
                .startStage(JobStatus.RENDERING, 1, now);
        store.create(job);
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
        assertThat(sent).singleElement().satisfies(m -> assertThat(m.attempt()).isEqualTo(2));
        assertThat(sentTo).containsExactly(Topics.RENDER_REQUESTS);
        assertThat(storedAttemptWhenSent).containsExactly(1);
    }

    @Test
    void aRunAnotherWorkerTookOverIsNotHandedBack() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.claim(JobStatus.RENDERING, "media-worker@other:7/cd", 1, clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().attempt()).isEqualTo(1);
        assertThat(sent).isEmpty();
    }

    @Test
    void theRunOfAStaleAttemptIsNotHandedBack() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.redrive(clock.instant()).claim(JobStatus.RENDERING, WORKER, 2, clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().attempt()).isEqualTo(2);
        assertThat(sent).isEmpty();
    }

    @Test
    void aCanceledJobStaysCanceled() {
        Job job = renderingClaimedBy(WORKER);
        store.update(job.id(), j -> j.cancel(clock.instant()));

        assertThat(handBack.handBack(messageOf(job, 1), WORKER)).isEmpty();

        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
        assertThat(sent).isEmpty();
    }
}
