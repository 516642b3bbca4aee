package io.reelforge.gateway.auth;

/** The request carries no valid key (or, for the admin API, not the admin key): answered 401, nothing kept. */
public class UnauthenticatedException extends RuntimeException {

    private final boolean keyPresented;

    public UnauthenticatedException(String message, boolean keyPresented) {
        super(message, null, false, false);
        this.keyPresented = keyPresented;
    }

    /** Whether the client sent a key that was refused (RFC 6750 then names the error {@code invalid_token}). */
    public boolean keyPresented() {
        return keyPresented;
    }
}
