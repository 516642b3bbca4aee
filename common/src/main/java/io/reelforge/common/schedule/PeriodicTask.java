package io.reelforge.common.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs every interval on a thread of its own while the application runs (the watchdog's sweep, the batch
 * dispatcher's tick): started and stopped with the application, and a round that fails is logged and tried again
 * at the next interval, so one Redis hiccup does not end the loop.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Duration firstAfter;
    private volatile ScheduledExecutorService timer;

    /** Runs first one interval after start. */
    protected PeriodicTask(String name, Duration interval) {
        this(name, interval, interval);
    }

    /** Runs first {@code firstAfter} after start (zero: at once), then every interval. */
    protected PeriodicTask(String name, Duration interval, Duration firstAfter) {
        this.name = name;
        this.interval = interval;
        this.firstAfter = firstAfter;
    }

    /** One round of the work. */
    protected abstract void runOnce();

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name).factory());
        long every = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                log.warn("{} failed; trying again in {}: {}", name, interval, e.toString());
            }
        }, firstAfter.toMillis(), every, TimeUnit.MILLISECONDS);
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
