package io.reelforge.common.watchdog;

import io.reelforge.common.schedule.IntervalTurn;
import io.reelforge.common.schedule.PeriodicTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs the {@link LeaseSweeper} every interval in every service, but in one instance at a time: each sweep first
 * takes a Redis lock that lasts one interval, so however many gateways and workers run, the expired leases are swept
 * about once per interval, and when the instance that swept dies another takes over at the next interval.
 */
public final class Watchdog extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    static final String LOCK = "reelforge:watchdog:lock";

    private final LeaseSweeper sweeper;
    private final IntervalTurn turn;

    public Watchdog(LeaseSweeper sweeper, StringRedisTemplate redis, Duration interval, String instance) {
        super("job-watchdog", interval);
        this.sweeper = sweeper;
        this.turn = new IntervalTurn(redis, LOCK, instance, interval);
    }

    /** Sweeps now if no other instance swept within the interval; returns whether this one did. */
    public boolean sweepIfDue() {
        if (!turn.take()) {
            return false;
        }
        int handled = sweeper.sweep();
        if (handled > 0) {
            log.info("watchdog handled {} job(s) whose workers stopped renewing their leases", handled);
        }
        return true;
    }

    @Override
    protected void runOnce() {
        sweepIfDue();
    }
}
