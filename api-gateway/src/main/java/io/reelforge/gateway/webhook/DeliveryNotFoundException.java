package io.reelforge.gateway.webhook;

/** The job has no delivery with this id. */
public class DeliveryNotFoundException extends RuntimeException {
    public DeliveryNotFoundException(String id) {
        super("no delivery " + id);
    }
}
