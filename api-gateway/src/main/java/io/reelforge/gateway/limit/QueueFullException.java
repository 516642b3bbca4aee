package io.reelforge.gateway.limit;

/** The tenant has as many unfinished jobs as it may have (429 {@code queue_full}). */
public class QueueFullException extends RuntimeException {

    private final int limit;

    public QueueFullException(int limit) {
        super("too many unfinished jobs", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
