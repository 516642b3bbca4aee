package io.reelforge.common.watchdog;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.SettableClock;
import io.reelforge.common.testing.SharedRedis;
import java.time.Duration;
import java.time.Instant;
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
 * The watchdog's rules for a job whose worker stopped renewing its lease, against a real Redis. Kafka is only the
 * outbox here: a template that records what it was asked to send stands in for it.
 */
class LeaseSweeperTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final ReelforgeProperties.Jobs SETTINGS = new ReelforgeProperties.Jobs(Duration.ofHours(1), LEASE,
            Duration.ofSeconds(10), 3, new ReelforgeProperties.StageLimits(Duration.ofMinutes(3),
                    Duration.ofMinutes(5), Duration.ofMinutes(20)));

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private final List<JobMessage> sent = new CopyOnWriteArrayList<>();
    private final List<String> sentTo = new CopyOnWriteArrayList<>();
    private SettableClock clock;
    private LeaseSweeper sweeper;

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
    void sweeper() {
        clock = new SettableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any())).thenAnswer(call -> {
            if (call.getArgument(2) instanceof JobMessage message) {
                sent.add(message);
                sentTo.add(call.getArgument(0));
            }
            return CompletableFuture.completedFuture(null);
        });
        sweeper = new LeaseSweeper(new JobTracker(store, kafka, clock, PipelineMetrics.inMemory()), SETTINGS);
    }

    /** A video job a worker claimed for rendering at the clock's time, saved. */
    private Job renderingClaimedBy(String worker) {
        Instant now = clock.instant();
        Job job = aVideoJob().in(JobStatus.SCRAPING).withProduct(Products.aProduct(List.of()), now)
                .startStage(JobStatus.SCRIPTING, 1, now).withScript(Products.aScript(2), now)
                .startStage(JobStatus.RENDERING, 1, now);
        store.create(job);
        return store.update(job.id(), j -> j.claim(JobStatus.RENDERING, worker, 1, now)).job();
    }

    @Test
    void aClaimedJobHasALeaseThatRunsOutOneLeaseAfterItsLastSave() {
        Job job = renderingClaimedBy("media@a");

        assertThat(store.leaseExpiry(job.id())).contains(job.updatedAt().plus(LEASE));
        assertThat(store.expiredLeases(clock.instant().plus(LEASE).plusMillis(1), 1000)).contains(job.id());
    }

    @Test
    void aJobWhoseWorkerStoppedRenewingIsDrivenAgainWithTheNextAttempt() {
        Job job = renderingClaimedBy("media@dead");
        clock.advance(LEASE.plusSeconds(1));

        assertThat(sweeper.sweep(job.id())).isEqualTo(LeaseSweeper.Verdict.REDRIVEN);

        Job redriven = store.find(job.id()).orElseThrow();
        assertThat(redriven.status()).isEqualTo(JobStatus.RENDERING);
        assertThat(redriven.attempt()).isEqualTo(2);
        assertThat(redriven.waiting()).as("waits for a worker").isTrue();
        assertThat(redriven.visibleStatus()).isEqualTo(JobStatus.QUEUED);
        var lost = redriven.history().get(redriven.history().size() - 2);
        assertThat(lost.worker()).isEqualTo("media@dead");
        assertThat(lost.outcome()).isEqualTo(RunOutcome.LOST);
        assertThat(redriven.history().getLast().attempt()).isEqualTo(2);
        assertThat(store.leaseExpiry(job.id())).as("nobody holds it now").isEmpty();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.attempt()).isEqualTo(2);
        });
        assertThat(sentTo).containsExactly(Topics.RENDER_REQUESTS);
    }

    @Test
    void aLeaseItsWorkerRenewsIsNeverSwept() {
        Job job = renderingClaimedBy("media@alive");
        for (int beat = 0; beat < 5; beat++) {
            clock.advance(LEASE.dividedBy(3));
            assertThat(store.renewLease(job.id(), job.leaseHolder(), clock.instant().plus(LEASE))).isTrue();
            sweeper.sweep();
        }

        assertThat(store.find(job.id()).orElseThrow()).isEqualTo(job);
        assertThat(sent).isEmpty();
    }

    @Test
    void aStageWhoseRunsKeepGettingLostFailsWithWorkerLost() {
        Job job = renderingClaimedBy("media@1");
        for (int run = 2; run <= 3; run++) {
            clock.advance(LEASE.plusSeconds(1));
            sweeper.sweep(job.id());
            int attempt = run;
            store.update(job.id(), j -> j.claim(JobStatus.RENDERING, "media@" + attempt, attempt, clock.instant()));
        }
        clock.advance(LEASE.plusSeconds(1));

        assertThat(sweeper.sweep(job.id())).isEqualTo(LeaseSweeper.Verdict.FAILED_WORKER_LOST);

        Job failed = store.find(job.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCode.WORKER_LOST);
        assertThat(failed.history()).filteredOn(r -> r.outcome() == RunOutcome.LOST).hasSize(3);
        assertThat(store.leaseExpiry(job.id())).isEmpty();
    }

    @Test
    void aRunPastItsStageTimeLimitFailsWithTimeoutInsteadOfBeingDrivenAgain() {
        Job job = renderingClaimedBy("media@hung");
        clock.advance(Duration.ofMinutes(21));

        assertThat(sweeper.sweep(job.id())).isEqualTo(LeaseSweeper.Verdict.FAILED_TIMEOUT);

        Job failed = store.find(job.id()).orElseThrow();
        assertThat(failed.error().code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failed.error().message()).contains("reelforge.jobs.stage-limits.rendering");
        assertThat(sent).isEmpty();
    }

    @Test
    void aFinishedJobHoldsNoLease() {
        Job job = renderingClaimedBy("media@a");

        store.update(job.id(), j -> j.succeed(clock.instant()));

        assertThat(store.leaseExpiry(job.id())).isEmpty();
        assertThat(store.renewLease(job.id(), job.leaseHolder(), clock.instant().plus(LEASE))).isFalse();
    }

    @Test
    void theLeaseOfAJobThatNoLongerExistsIsForgotten() {
        Job job = renderingClaimedBy("media@a");
        new StringRedisTemplate(connections).delete("reelforge:job:" + job.id());
        clock.advance(LEASE.plusSeconds(1));

        assertThat(sweeper.sweep(job.id())).isEqualTo(LeaseSweeper.Verdict.GONE);
        assertThat(store.leaseExpiry(job.id())).isEmpty();
    }

    @Test
    void anExplicitRetryDrivesAnAbandonedJobAgainBeforeTheWatchdogDoes() {
        Job job = renderingClaimedBy("media@dead");

        assertThat(sweeper.redriveIfExpired(job.id())).as("lease still valid").isEmpty();
        clock.advance(LEASE.plusSeconds(1));

        assertThat(sweeper.redriveIfExpired(job.id())).hasValueSatisfying(j -> assertThat(j.attempt()).isEqualTo(2));
    }
}
