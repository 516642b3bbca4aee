package io.reelforge.gateway.idempotency;

/** The first request with this key is still being handled: the client should retry later (409). */
public class IdempotencyKeyInUseException extends RuntimeException {
    public IdempotencyKeyInUseException() {
        super("a request with this Idempotency-Key is still being handled", null, false, false);
    }
}
