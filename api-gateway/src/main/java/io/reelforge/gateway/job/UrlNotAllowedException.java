package io.reelforge.gateway.job;

/** A submitted URL that the fetch policy refuses (private address, wrong scheme, unknown host). */
public class UrlNotAllowedException extends RuntimeException {

    private final String field;

    public UrlNotAllowedException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
