package io.reelforge.common.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/** Reads from the socket, each read bounded by what is left of the request's total time. */
final class DeadlineInputStream extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final Instant deadline;

    DeadlineInputStream(Socket socket, Instant deadline) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long remaining = Duration.between(Instant.now(), deadline).toMillis();
        if (remaining <= 0) {
            throw new HttpTimeoutException("the response did not arrive in time");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remaining));
        try {
            return in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("the response did not arrive in time");
        }
    }
}
