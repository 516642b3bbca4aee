package io.reelforge.standalone.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Follows a job until it ends, drawing a progress bar: redrawn in place on a terminal, one line per change when the
 * output is a file or a pipe (CI logs stay readable). Listens to the job's live events; when the stream cannot be
 * had or breaks off, it polls the job instead.
 */
public final class JobFollower {

    private static final int BAR_WIDTH = 30;
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled");

    private final GatewayClient client;
    private final PrintStream out;
    private final boolean terminal;
    private final Duration interval;
    private String lastLine = "";

    public JobFollower(GatewayClient client, PrintStream out, boolean terminal, Duration interval) {
        this.client = client;
        this.out = out;
        this.terminal = terminal;
        this.interval = interval;
    }

    /** Returns the final job view. */
    public JsonNode follow(String jobId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            client.events(jobId, event -> {
                show(event.path("status").asString("unknown"), event.path("progress").asInt(0));
                return !FINAL.contains(event.path("status").asString()) && System.nanoTime() < deadline;
            });
        } catch (IOException e) {
            // no live events (or the stream broke off): polling below picks up from the job's current state
        }
        return poll(jobId, timeout, deadline);
    }

    private JsonNode poll(String jobId, Duration timeout, long deadline) throws IOException, InterruptedException {
        while (true) {
            JsonNode job = client.job(jobId);
            String status = job.path("status").asString("unknown");
            show(status, job.path("progress").asInt(0));
            if (FINAL.contains(status)) {
                if (terminal) {
                    out.println();
                }
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("job " + jobId + " did not finish within " + timeout.toSeconds() + " s (it is "
                        + status + ")");
            }
            LockSupport.parkNanos(interval.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private void show(String status, int progress) {
        String line = bar(progress) + " " + progress + "% " + status;
        if (!line.equals(lastLine)) {
            out.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
            out.flush();
            lastLine = line;
        }
    }

    static String bar(int progress) {
        int filled = Math.clamp(progress * BAR_WIDTH / 100, 0, BAR_WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }
}
