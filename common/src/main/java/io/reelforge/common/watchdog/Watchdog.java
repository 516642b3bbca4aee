package io.reelforge.common.watchdog;

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
    private final StringRedisTemplate redis;
    private final Duration interval;
    private final String instance;

    public Watchdog(LeaseSweeper sweeper, StringRedisTemplate redis, Duration interval, String instance) {
        super("job-watchdog", interval);
        this.sweeper = sweeper;
        this.redis = redis;
        this.interval = interval;
        this.instance = instance;
    }

    /** Sweeps now if no other instance swept within the interval; returns whether this one did. */
    public boolean sweepIfDue() {
        Boolean mine = redis.opsForValue().setIfAbsent(LOCK, instance, interval);
        if (!Boolean.TRUE.equals(mine)) {
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
