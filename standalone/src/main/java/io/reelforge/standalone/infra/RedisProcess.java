package io.reelforge.standalone.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * A redis-server child process (the binary bundled by embedded-redis) that dies with this JVM. Where the system
 * offers it ({@link ParentDeath}), the child is started with a parent-death signal: the kernel sends it SIGTERM (a
 * clean shutdown that flushes the append-only file) when its parent goes, even on {@code kill -9} of the JVM. That
 * signal follows the thread that started the child, not the process, so a thread of its own starts it and stays for
 * as long as the child runs. Without {@code setpriv} a killed JVM leaves Redis running; {@link LeftoverRedis} stops
 * it on the next start.
 */
final class RedisProcess {

    private static final Logger log = LoggerFactory.getLogger(RedisProcess.class);
    /** Redis's own log: the log file has it (logback.xml keeps it off the console: its banner is logged as warnings). */
    private static final Logger redisLog = LoggerFactory.getLogger("redis");
    /** Loading a large append-only file takes a while; a port that is taken fails at once. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final String READY = "Ready to accept connections";

    private final Process process;

    private RedisProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code binary} with {@code config} in {@code workDir}; returns once Redis accepts connections. */
    static RedisProcess start(Path binary, Path config, Path workDir) throws IOException {
        List<String> command = new ArrayList<>(ParentDeath.prefix("TERM",
                "a Redis server of a killed stack keeps running until the stack starts again on its data"));
        command.add(binary.toString());
        command.add(config.toString());
        CompletableFuture<Process> started = new CompletableFuture<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofPlatform().name("redis-server").daemon().start(() -> run(command, workDir, started, ready));
        Process process;
        try {
            process = started.get();
            ready.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.thenAccept(Process::destroyForcibly);
            throw new IOException("interrupted while Redis started", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            started.thenAccept(Process::destroyForcibly);
            throw new IOException("Redis did not accept connections within " + READY_TIMEOUT.toSeconds() + " s");
        }
        return new RedisProcess(process);
    }

    /** The body of the thread that owns the child: starts it, relays its log, and lives until it exits. */
    private static void run(List<String> command, Path workDir, CompletableFuture<Process> started,
            CompletableFuture<Void> ready) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            started.completeExceptionally(e);
            return;
        }
        started.complete(process);
        Deque<String> lastLines = new ArrayDeque<>();
        try (BufferedReader out = process.inputReader()) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                redisLog.info(line);
                if (!ready.isDone()) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 5) {
                        lastLines.removeFirst();
                    }
                    if (line.contains(READY)) {
                        ready.complete(null);
                    }
                }
            }
        } catch (IOException e) {
            log.debug("lost redis-server's output", e);
        }
        int exit = waitUninterruptibly(process);
        ready.completeExceptionally(new IOException("redis-server stopped (exit " + exit + ") before accepting"
                + " connections: " + String.join(" | ", lastLines)));
    }

    private static int waitUninterruptibly(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // the child's parent-death signal is tied to this thread: it must outlive the child
            }
        }
    }

    /**
     * The redis-server binary bundled by embedded-redis, copied into {@code dir} once (the copy is how a left-over
     * server is recognised as ours, see {@link LeftoverRedis}).
     */
    static Path bundledBinary(Path dir) throws IOException {
        String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
        if (resource == null) {
            throw new IOException("embedded-redis bundles no redis-server for this system");
        }
        Path binary = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isExecutable(binary)) {
            return binary;
        }
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "redis-server", ".tmp");
        try (InputStream in = ExecutableProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("embedded-redis's " + resource + " is missing from the class path");
            }
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!temporary.toFile().setExecutable(true, true)) {
            throw new IOException("cannot make " + temporary + " executable");
        }
        Files.move(temporary, binary, StandardCopyOption.ATOMIC_MOVE);
        return binary;
    }

    long pid() {
        return process.pid();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** SIGTERM (Redis flushes its append-only file and exits), then SIGKILL if it has not gone in 10 s. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Redis did not stop within {} s of SIGTERM: killing it", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
