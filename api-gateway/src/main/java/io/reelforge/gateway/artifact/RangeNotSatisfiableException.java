package io.reelforge.gateway.artifact;

/**
 * A download's {@code Range} cannot be served: it lies past the end of the file, is malformed, or asks for more
 * than 100 ranges or more bytes than the file has. The answer is 416 with {@code Content-Range: bytes *}/length.
 */
public class RangeNotSatisfiableException extends RuntimeException {

    private final long length;

    public RangeNotSatisfiableException(long length, String reason) {
        super(reason); // for the log; the client gets a fixed explanation
        this.length = length;
    }

    /** The file's length, for {@code Content-Range}. */
    public long length() {
        return length;
    }
}
