package io.reelforge.gateway.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most the feed byte limit through, then stops the read with {@link FeedTooLargeException}. */
final class CappedInputStream extends FilterInputStream {

    private final FeedLimits limits;
    private long count;

    CappedInputStream(InputStream in, FeedLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would let bytes be counted twice
    }

    private void counted(long n) {
        count += n;
        if (count > limits.maxBytes().toBytes()) {
            throw tooLarge(limits);
        }
    }

    static FeedTooLargeException tooLarge(FeedLimits limits) {
        return new FeedTooLargeException("The feed is larger than " + limits.maxBytesText()
                + ", the most Reelforge reads; split it into several feeds.");
    }
}
