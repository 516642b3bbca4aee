package io.reelforge.media.worker.shutdown;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The renders running on this worker, and what a stop asks of them: first that no new one starts ({@link #drain}),
 * then, once the grace is over, that those still running give their jobs back ({@link #handBackAll}). Renders ask at
 * their start and at each progress report; the stop waits here until none runs.
 */
public final class InFlightRenders {

    private enum State { RUNNING, DRAINING, HANDING_BACK }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition none = lock.newCondition();
    private int running;
    private volatile State state = State.RUNNING;

    /** Counts a render in, unless the worker is stopping: then it must not start. */
    public boolean enter() {
        lock.lock();
        try {
            if (state != State.RUNNING) {
                return false;
            }
            running++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Counts a render out, whichever way it ended. */
    public void exit() {
        lock.lock();
        try {
            if (--running == 0) {
                none.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** No render starts from now on; those running go on. */
    public void drain() {
        lock.lock();
        try {
            if (state == State.RUNNING) {
                state = State.DRAINING;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Renders still running are to stop and hand their jobs back. */
    public void handBackAll() {
        lock.lock();
        try {
            state = State.HANDING_BACK;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a running render should stop now and hand its job back. */
    public boolean handingBack() {
        return state == State.HANDING_BACK;
    }

    public int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no render runs, at most {@code timeout}; returns whether none does. */
    public boolean awaitNone(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (running > 0 && left > 0) {
                left = none.awaitNanos(left);
            }
            return running == 0;
        } finally {
            lock.unlock();
        }
    }
}
