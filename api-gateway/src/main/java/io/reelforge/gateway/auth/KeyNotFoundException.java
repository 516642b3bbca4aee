package io.reelforge.gateway.auth;

/** No API key has this id (never existed, or revoked already). */
public class KeyNotFoundException extends RuntimeException {
    public KeyNotFoundException(String id) {
        super("no API key " + id);
    }
}
