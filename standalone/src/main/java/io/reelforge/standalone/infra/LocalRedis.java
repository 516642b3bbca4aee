package io.reelforge.standalone.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * A Redis server for one machine (the binary bundled by embedded-redis), bound to loopback, keeping an append-only
 * file in its data folder so jobs survive a restart of the stack. It comes back on the port it had
 * ({@link KeptPorts}), never outlives the JVM that started it ({@link RedisProcess}), and never runs twice on one
 * folder: a lock held while it runs refuses a second start, and a server left over by a killed run is stopped
 * first ({@link LeftoverRedis}).
 */
public final class LocalRedis implements AutoCloseable {

    static final String BINARY_DIR = "bin";
    private static final String CONFIG = "redis.conf";

    private final OwnerLock lock;
    private final RedisProcess process;
    private final int port;

    private LocalRedis(OwnerLock lock, RedisProcess process, int port) {
        this.lock = lock;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Redis with its data in {@code dataDir}.
     *
     * @throws OwnerLock.AlreadyRunningException when another process runs Redis on this folder
     */
    public static LocalRedis start(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OwnerLock lock = OwnerLock.take(dir.resolve("redis.lock"), "Redis on " + dir);
        try {
            LeftoverRedis.stopIfAny(dir);
            KeptPorts ports = KeptPorts.in(dir, "Redis");
            int port = ports.take("port");
            Path config = writeConfig(dir, port);
            RedisProcess process = RedisProcess.start(RedisProcess.bundledBinary(dir.resolve(BINARY_DIR)), config, dir);
            ports.save();
            return new LocalRedis(lock, process, port);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Path writeConfig(Path dir, int port) throws IOException {
        Path config = dir.resolve(CONFIG);
        Files.writeString(config, String.join("\n",
                "# written by Reelforge at each start of this folder's Redis",
                "bind 127.0.0.1",
                "port " + port,
                "protected-mode yes",
                "daemonize no",
                "dir " + quoted(dir),
                // Redis writes it, and removes it when it stops cleanly: one left behind names a server to check
                "pidfile " + quoted(dir.resolve(LeftoverRedis.PID_FILE)),
                "appendonly yes",
                "save \"\"",
                ""));
        return config;
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The redis-server's process id. */
    public long pid() {
        return process.pid();
    }

    /** Completes when the redis-server exits, whoever stopped it. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    @Override
    public void close() throws IOException {
        try {
            process.stop();
        } finally {
            lock.close();
        }
    }
}
