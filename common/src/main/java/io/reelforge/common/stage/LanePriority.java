package io.reelforge.common.stage;

import io.reelforge.common.pipeline.Lane;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Interactive work first, on one worker: a bulk run does not start while an interactive run is working here; it
 * waits until none is (at most {@code maxWait}, so its consumer stays within Kafka's poll interval and a stream of
 * single requests slows a batch down without stopping it). An interactive run never waits for a bulk one. The lanes
 * have their own topics and consumers, so an interactive message is never queued behind bulk messages either.
 */
public final class LanePriority {

    private final Duration maxWait;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int interactiveRuns;

    public LanePriority(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** Runs one stage run of the lane, in its turn. */
    public <T> T run(Lane lane, Work<T> work) throws Exception {
        if (lane == Lane.BULK) {
            awaitNoInteractiveRun();
            return work.call();
        }
        lock.lock();
        try {
            interactiveRuns++;
        } finally {
            lock.unlock();
        }
        try {
            return work.call();
        } finally {
            lock.lock();
            try {
                if (--interactiveRuns == 0) {
                    idle.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** How many interactive runs work on this worker now. */
    public int interactiveRuns() {
        lock.lock();
        try {
            return interactiveRuns;
        } finally {
            lock.unlock();
        }
    }

    private void awaitNoInteractiveRun() throws InterruptedException {
        long left = maxWait.toNanos();
        lock.lock();
        try {
            while (interactiveRuns > 0 && left > 0) {
                left = idle.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A stage run. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }
}
