package io.reelforge.gateway.availability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import redis.embedded.RedisServer;

/**
 * A Redis server of a test's own that the test can kill ({@code SIGKILL}, as an operator's {@code kill -9} or a
 * crash) and start again on the same port. It keeps its data in an append-only file synced on every write, so a
 * restart finds what was written before, like a real Redis restart: a command the gateway had buffered and carried
 * out after the restart would leave its trace.
 */
final class RestartableRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private @Nullable RedisServer server;

    private RestartableRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Starts a server on a free port, keeping its data under {@code dir}. */
    static RestartableRedis start(Path dir) {
        try {
            Files.createDirectories(dir);
            RestartableRedis redis = new RestartableRedis(freePort(), dir.toAbsolutePath());
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the server again on its port, with the data it had. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            RedisServer started = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dir)
                    .setting("save \"\"")
                    .setting("appendonly yes")
                    .setting("appendfsync always")
                    .onShutdownForceStop(true)
                    .build();
            started.start();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Redis on port " + port, e);
        }
    }

    /** Kills the server at once, as {@code kill -9} would, and waits until its port is closed. */
    synchronized void kill() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
        await().atMost(Duration.ofSeconds(10)).until(() -> !accepts());
    }

    @Override
    public void close() {
        kill();
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
