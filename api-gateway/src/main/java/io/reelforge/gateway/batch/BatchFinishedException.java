package io.reelforge.gateway.batch;

/** The batch is completed or canceled already, so it cannot be canceled (or a canceled one retried). */
public class BatchFinishedException extends RuntimeException {

    private final Batch.Status status;

    public BatchFinishedException(String id, Batch.Status status) {
        super("batch " + id + " is " + status.wireName());
        this.status = status;
    }

    public Batch.Status status() {
        return status;
    }
}
