package io.reelforge.common.watchdog;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.RedisJobStore;
import io.reelforge.common.job.RunOutcome;
import io.reelforge.common.message.Topics;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.RecordingKafka;
import io.reelforge.common.testing.SettableClock;
import io.reelforge.common.testing.SharedRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The watchdog's rules for a job whose worker stopped renewing its lease, against a real Redis. Kafka is only the
 * outbox here: what it was asked to send is recorded.
 */
class LeaseSweeperTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final ReelforgeProperties.Jobs SETTINGS = new ReelforgeProperties.Jobs(Duration.ofHours(1), LEASE,
            Duration.ofSeconds(10), 3, new ReelforgeProperties.StageLimits(Duration.ofMinutes(3),
                    Duration.ofMinutes(5), Duration.ofMinutes(20)));

    private static LettuceConnectionFactory connections;
    private static RedisJobStore store;
    private final RecordingKafka kafka = new RecordingKafka();
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
    void sweeper() {
        clock = new SettableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        sweeper = new LeaseSweeper(new JobTracker(store, kafka.template(), clock, PipelineMetrics.inMemory()), SETTINGS);
    }

    /** A video job a worker claimed for rendering at the clock's time, saved. */
    private Job renderingClaimedBy(String worker) {
        Instant now = clock.instant();
        Job job = aVideoJob().waitingForRender(now);
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
        assertThat(kafka.messages()).singleElement().satisfies(m -> {
            assertThat(m.attempt()).isEqualTo(2);
        });
        assertThat(kafka.topics()).containsExactly(Topics.RENDER_REQUESTS);
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
        assertThat(kafka.messages()).isEmpty();
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
        assertThat(kafka.messages()).isEmpty();
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
