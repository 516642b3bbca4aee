package io.reelforge.standalone.chaos;

import io.reelforge.standalone.infra.ParentDeath;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The system's processes, each started through the {@code reelforge} launcher as an operator would start it, with
 * its output appended to {@code DATA/chaos/KIND.log}. They are started from one thread that lives as long as the
 * fleet, with a parent-death signal where the system has one, so that a chaos run that is itself killed does not
 * leave them behind.
 */
final class Fleet implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path launcher;
    private final Path data;
    private final Path logs;
    private final int gatewayPort;
    private final Map<String, String> environment;
    private final List<String> parentDeath;
    private final Map<ProcessKind, Process> running = new ConcurrentHashMap<>();
    private final ExecutorService spawner = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().name("chaos-spawner").daemon(true).unstarted(task));

    /**
     * @param environment added to each process's environment (the admin key, the media format)
     */
    Fleet(Path launcher, Path data, int gatewayPort, Map<String, String> environment) throws IOException {
        this.launcher = launcher;
        this.data = data;
        this.logs = data.resolve("chaos");
        this.gatewayPort = gatewayPort;
        this.environment = Map.copyOf(environment);
        this.parentDeath = ParentDeath.prefix("TERM", "the processes of a chaos run that is killed keep running");
        Files.createDirectories(logs);
    }

    /** Starts {@code kind} and waits until it says it is ready; fails if it exits first. */
    void start(ProcessKind kind) throws IOException, InterruptedException {
        startAll(List.of(kind));
    }

    /** Starts {@code kinds} side by side and waits until each says it is ready. */
    void startAll(List<ProcessKind> kinds) throws IOException, InterruptedException {
        Map<ProcessKind, Long> offsets = new EnumMap<>(ProcessKind.class);
        for (ProcessKind kind : kinds) {
            offsets.put(kind, spawn(kind));
        }
        for (ProcessKind kind : kinds) {
            awaitReady(kind, running.get(kind), log(kind), offsets.get(kind));
        }
    }

    private Path log(ProcessKind kind) {
        return logs.resolve(kind.displayName() + ".log");
    }

    /** Starts the process; returns where its output of this run begins in its log. */
    private long spawn(ProcessKind kind) throws IOException, InterruptedException {
        Path log = log(kind);
        Files.writeString(log, "=== " + Instant.now() + " starting " + kind.displayName() + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long offset = Files.size(log);
        List<String> command = new ArrayList<>(parentDeath);
        command.add(launcher.toString());
        command.addAll(kind.command());
        command.addAll(List.of("--data", data.toString()));
        if (kind == ProcessKind.GATEWAY) {
            command.addAll(List.of("--port", String.valueOf(gatewayPort)));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("REELFORGE_JAVA_OPTS", kind.javaOptions());
        // the jar is built before the run: a source file touched meanwhile must not make a process build first
        builder.environment().put("REELFORGE_NO_BUILD", "1");
        builder.environment().remove("OPENAI_API_KEY");
        try {
            running.put(kind, spawner.submit(builder::start).get());
        } catch (ExecutionException e) {
            throw new IOException("cannot start " + kind.displayName(), e.getCause());
        }
        return offset;
    }

    private static void awaitReady(ProcessKind kind, Process process, Path log, long offset)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (since(log, offset).contains(kind.readyLine())) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException(kind.displayName() + " exited (" + process.exitValue() + ") before it was ready;"
                        + " see " + log);
            }
            Thread.sleep(100);
        }
        throw new IOException(kind.displayName() + " was not ready within " + READY_TIMEOUT.toMinutes() + " minutes;"
                + " see " + log);
    }

    private static String since(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code kill -9} of the process of {@code kind}: for Redis, of the redis-server itself (the process that holds
     * the data; the JVM that started it then exits on its own).
     */
    void kill(ProcessKind kind) throws InterruptedException {
        Process process = running.remove(kind);
        if (process == null) {
            return;
        }
        if (kind == ProcessKind.REDIS) {
            redisServer().ifPresent(ProcessHandle::destroyForcibly);
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        process.destroyForcibly().waitFor();
    }

    /** The redis-server, from the pid file it writes; none if it has not written one. */
    private Optional<ProcessHandle> redisServer() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(data.resolve("redis/redis.pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isRunning(ProcessKind kind) {
        Process process = running.get(kind);
        return process != null && process.isAlive();
    }

    /** Stops every process (SIGTERM, so each stops cleanly): the services, then the infrastructure they need. */
    @Override
    public void close() throws InterruptedException {
        stop(List.of(ProcessKind.GATEWAY, ProcessKind.SCRAPER, ProcessKind.SCRIPT, ProcessKind.MEDIA));
        stop(List.of(ProcessKind.REDIS, ProcessKind.KAFKA));
        spawner.shutdownNow();
    }

    private void stop(List<ProcessKind> kinds) throws InterruptedException {
        for (ProcessKind kind : kinds) {
            Process process = running.get(kind);
            if (process != null) {
                process.destroy();
            }
        }
        for (ProcessKind kind : kinds) {
            Process process = running.remove(kind);
            if (process != null && !process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
