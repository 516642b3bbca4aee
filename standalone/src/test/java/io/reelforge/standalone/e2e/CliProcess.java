package io.reelforge.standalone.e2e;

import static org.awaitility.Awaitility.await;

import io.reelforge.standalone.ReelforgeCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code reelforge} command line in a JVM of its own, as an operator starts it, so a test can {@code kill -9}
 * it, or stop it as a platform would ({@code SIGTERM}). Its output goes to a file, which the test reads to know when it is ready.
 */
final class CliProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path output;

    private CliProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code reelforge ARGS}, its output in {@code output}, and waits until it prints {@code readyLine}. */
    static CliProcess start(Path output, String readyLine, String... args) throws IOException {
        return start(output, readyLine, Map.of(), args);
    }

    /** The same, with Spring properties for its services as the JVM's system properties ({@code -Dname=value}). */
    static CliProcess start(Path output, String readyLine, Map<String, String> properties, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), ReelforgeCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        CliProcess cli = new CliProcess(process, output);
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .failFast("reelforge " + String.join(" ", args) + " exited; see " + output, () -> !process.isAlive())
                .until(() -> Files.readString(output).contains(readyLine));
        return cli;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is closed cleanly. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** {@code kill -TERM}, as a container platform stops a process: its shutdown hooks run. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("reelforge did not exit within " + within + "; see " + output);
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
