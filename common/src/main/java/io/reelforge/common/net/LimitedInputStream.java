package io.reelforge.common.net;

import java.io.IOException;
import java.io.InputStream;

/** Exactly {@code Content-Length} bytes of a response body. */
final class LimitedInputStream extends InputStream {

    private final InputStream in;
    private long left;

    LimitedInputStream(InputStream in, long length) {
        this.in = in;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, left));
        if (n == -1) {
            throw new IOException("the connection closed before the end of the body");
        }
        left -= n;
        return n;
    }
}
