package io.reelforge.gateway.web;

import java.io.IOException;

/**
 * A request body grew past {@code reelforge.gateway.max-request-body} while it was being read. An
 * {@link IOException}, because it is raised inside the body's stream, under the JSON parser.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super(detail(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** What the client is told, for a body declared or found too large. */
    public static String detail(long limit) {
        return "The request body is larger than " + limit + " bytes, the most this API accepts.";
    }
}
