package io.reelforge.common.net;

import java.io.IOException;
import java.io.InputStream;

/** The body of a {@code Transfer-Encoding: chunked} response, without the chunk framing. */
final class ChunkedInputStream extends InputStream {

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (left == 0) {
            left = nextChunkSize();
            if (left == 0) {
                done = true;
                while (!PinnedHttpExchange.readLine(in).isEmpty()) {
                    // trailers are not used
                }
                return -1;
            }
        }
        int n = in.read(buffer, offset, (int) Math.min(length, left));
        if (n == -1) {
            throw new IOException("the connection closed inside a chunk");
        }
        left -= n;
        if (left == 0) {
            PinnedHttpExchange.readLine(in); // the CRLF after the chunk
        }
        return n;
    }

    private long nextChunkSize() throws IOException {
        String line = PinnedHttpExchange.readLine(in);
        int semi = line.indexOf(';');
        String size = (semi < 0 ? line : line.substring(0, semi)).trim();
        try {
            long value = Long.parseLong(size, 16);
            if (value < 0) {
                throw new IOException("a negative chunk size");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("a malformed chunk size: " + size, e);
        }
    }
}
