package io.reelforge.gateway.batch;

/** The batch has no video to download yet: none of its items has succeeded, or their videos have expired. */
public class NoVideosException extends RuntimeException {

    private final Batch.Status status;

    public NoVideosException(String id, Batch.Status status) {
        super("batch " + id + " has no video");
        this.status = status;
    }

    public Batch.Status status() {
        return status;
    }
}
