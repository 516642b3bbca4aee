package io.reelforge.common.watchdog;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs the {@link LeaseSweeper} every interval in every service, but in one instance at a time: each sweep first
 * takes a Redis lock that lasts one interval, so however many gateways and workers run, the expired leases are swept
 * about once per interval, and when the instance that swept dies another takes over at the next interval.
 */
public final class Watchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    static final String LOCK = "reelforge:watchdog:lock";

    private final LeaseSweeper sweeper;
    private final StringRedisTemplate redis;
    private final Duration interval;
    private final String instance;
    private volatile ScheduledExecutorService timer;

    public Watchdog(LeaseSweeper sweeper, StringRedisTemplate redis, Duration interval, String instance) {
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
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("job-watchdog").factory());
        long every = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sweepIfDue();
            } catch (RuntimeException e) {
                log.warn("watchdog sweep failed; trying again in {}: {}", interval, e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        timer = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = timer;
        if (scheduler != null) {
            scheduler.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
