package io.reelforge.gateway.auth;

/**
 * The authenticated client of a request: the tenant its API key belongs to. Controllers take it as a parameter,
 * and every read or write of a job is scoped to it.
 */
public record Caller(String tenant) {

    static final String ATTRIBUTE = Caller.class.getName();
}
