package io.reelforge.common.stage;

import io.reelforge.common.job.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the leases of the runs this worker holds alive while their stages work, whether or not the stage reports
 * progress (a page fetch or a model call may say nothing for a minute). A renewal every third of the lease means a
 * live worker's lease never runs out, while a dead worker's runs out one lease after its last renewal. Renewals stop
 * at the stage's time limit, so a worker that hangs while alive loses the job to the watchdog too.
 */
public final class LeaseHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseHeartbeat.class);

    private final JobStore store;
    private final Clock clock;
    private final Duration lease;
    private final ScheduledExecutorService timer;

    public LeaseHeartbeat(JobStore store, Clock clock, Duration lease) {
        this.store = store;
        this.clock = clock;
        this.lease = lease;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("lease-heartbeat")
                .factory());
    }

    public Duration lease() {
        return lease;
    }

    /** Renews {@code holder}'s lease on the job until the returned beat is stopped or {@code until} has passed. */
    public Beat start(String jobId, String holder, Instant until) {
        Beat beat = new Beat(jobId, holder, until);
        long every = Math.max(1, lease.toMillis() / 3);
        beat.task = timer.scheduleWithFixedDelay(beat::renew, every, every, TimeUnit.MILLISECONDS);
        return beat;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One run's renewals. */
    public final class Beat implements AutoCloseable {
        private final String jobId;
        private final String holder;
        private final Instant until;
        private volatile boolean lost;
        private volatile ScheduledFuture<?> task;

        private Beat(String jobId, String holder, Instant until) {
            this.jobId = jobId;
            this.holder = holder;
            this.until = until;
        }

        /** True once a renewal found that another run holds the job: the work should stop. */
        public boolean lost() {
            return lost;
        }

        public String holder() {
            return holder;
        }

        private void renew() {
            Instant now = clock.instant();
            if (now.isAfter(until)) {
                log.warn("job {} passed its stage time limit at {}; no longer renewing its lease", jobId, until);
                close();
                return;
            }
            try {
                if (!store.renewLease(jobId, holder, now.plus(lease))) {
                    lost = true;
                    close();
                }
            } catch (RuntimeException e) {
                // the store is unreachable: the next beat tries again; if it stays away, the lease runs out
                log.warn("could not renew the lease of job {}: {}", jobId, e.toString());
            }
        }

        @Override
        public void close() {
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
