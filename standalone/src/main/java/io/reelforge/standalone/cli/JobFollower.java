package io.reelforge.standalone.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Polls a job until it ends, drawing a progress bar: redrawn in place on a terminal, one line per change when the
 * output is a file or a pipe (CI logs stay readable).
 */
public final class JobFollower {

    private static final int BAR_WIDTH = 30;

    private final GatewayClient client;
    private final PrintStream out;
    private final boolean terminal;
    private final Duration interval;

    public JobFollower(GatewayClient client, PrintStream out, boolean terminal, Duration interval) {
        this.client = client;
        this.out = out;
        this.terminal = terminal;
        this.interval = interval;
    }

    /** Returns the final job view. */
    public JsonNode follow(String jobId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastLine = "";
        while (true) {
            JsonNode job = client.job(jobId);
            String status = job.path("status").asString("unknown");
            int progress = job.path("progress").asInt(0);
            String line = bar(progress) + " " + progress + "% " + status;
            if (!line.equals(lastLine)) {
                out.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
                out.flush();
                lastLine = line;
            }
            if (status.equals("succeeded") || status.equals("failed") || status.equals("canceled")) {
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

    static String bar(int progress) {
        int filled = Math.clamp(progress * BAR_WIDTH / 100, 0, BAR_WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }
}
