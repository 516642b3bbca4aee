package io.reelforge.gateway.idempotency;

/** The key was used before with another request body or route (422). */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was used with a different request", null, false, false);
    }
}
