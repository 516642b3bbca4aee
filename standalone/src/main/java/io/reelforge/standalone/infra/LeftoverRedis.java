package io.reelforge.standalone.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A redis-server still running on a data folder after the process that started it died without stopping it (a
 * killed stack on a system without {@code setpriv --pdeathsig}). Left alone, the next start would run a second
 * server on the same append-only file. Redis writes its pid file itself; the process it names is stopped only if it
 * really is a Redis server of this folder, since a pid can be reused by an unrelated program after a reboot.
 */
final class LeftoverRedis {

    static final String PID_FILE = "redis.pid";
    private static final Logger log = LoggerFactory.getLogger(LeftoverRedis.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private LeftoverRedis() {
    }

    /** Stops the Redis server that {@code dir}'s pid file names, if it runs and is ours; removes a stale pid file. */
    static void stopIfAny(Path dir) throws IOException {
        Path pidFile = dir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive() && isOurs(process.get(), dir)) {
            log.warn("a Redis server left over from an earlier run on {} (process {}) is still running: stopping it",
                    dir, process.get().pid());
            stop(process.get());
        }
        Files.deleteIfExists(pidFile);
    }

    /** A redis-server started from this folder's copy of the binary, or one working in this folder. */
    static boolean isOurs(ProcessHandle process, Path dir) {
        Optional<String> command = process.info().command();
        if (command.isPresent() && command.get().startsWith(dir.resolve(LocalRedis.BINARY_DIR).toString())) {
            return true;
        }
        // Redis works in its data folder ("dir" in its configuration); Linux shows a process's working directory
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        try {
            return command.map(c -> c.contains("redis-server")).orElse(false)
                    && Files.readSymbolicLink(cwd).equals(dir);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process) throws IOException {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            try {
                process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException | InterruptedException again) {
                throw new IOException("cannot stop the left-over Redis server (process " + process.pid() + ")", again);
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the left-over Redis server", e);
        }
    }
}
