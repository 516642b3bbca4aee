package io.reelforge.common.testing;

import java.io.IOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * One Redis per test JVM: the server named by {@code REDIS_URL} when set, otherwise an embedded Redis server
 * started on first use and stopped when the JVM exits. Tests isolate themselves by job ids, not by servers.
 */
public final class SharedRedis {

    private SharedRedis() {
    }

    /** A {@code redis://host:port} URL for {@code spring.data.redis.url}. */
    public static String url() {
        return Holder.URL;
    }

    /** A started Lettuce connection factory to the shared Redis, for tests that build a store by hand; destroy it. */
    public static org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory connect() {
        java.net.URI uri = java.net.URI.create(url());
        var connections = new org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory(
                new org.springframework.data.redis.connection.RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }

    private static final class Holder {
        static final String URL = start();

        private static String start() {
            String external = System.getenv("REDIS_URL");
            if (external != null && !external.isBlank()) {
                return external;
            }
            try {
                int port = freePort();
                RedisServer server = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.stop();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the OS reclaims the process
                    }
                }));
                return "redis://127.0.0.1:" + port;
            } catch (IOException e) {
                throw new IllegalStateException("could not start an embedded Redis server", e);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
