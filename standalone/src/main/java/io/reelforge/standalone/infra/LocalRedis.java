package io.reelforge.standalone.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A Redis server for one machine (the binary bundled by embedded-redis), bound to loopback. With a data directory
 * it keeps an append-only file there, so jobs survive a restart of the stack.
 */
public final class LocalRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private LocalRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LocalRedis start(Path dataDir, int port) throws IOException {
        int chosen = port == 0 ? LocalKafka.freePort() : port;
        Path dir = dataDir.toAbsolutePath();
        Files.createDirectories(dir);
        RedisServer server = RedisServer.newRedisServer()
                .port(chosen)
                .bind("127.0.0.1")
                .setting("dir " + dir)
                .setting("appendonly yes")
                .setting("save \"\"")
                .setting("protected-mode yes")
                .build();
        server.start();
        return new LocalRedis(server, chosen);
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
