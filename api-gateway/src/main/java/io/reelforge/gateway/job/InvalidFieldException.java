package io.reelforge.gateway.job;

/** A request value that only the service can judge (a page beyond the configured size, a URL that does not parse). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
