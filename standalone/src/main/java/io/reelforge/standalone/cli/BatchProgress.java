package io.reelforge.standalone.cli;

import io.reelforge.gateway.batch.Batch;
import io.reelforge.gateway.batch.BatchView;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one progress line of a batch: percent, items per state, ETA and videos saved. On a terminal it is redrawn in
 * place; into a file or a pipe it is written as plain lines, no more often than {@code every} (the last one always),
 * so a CI log of a long batch stays short and readable.
 */
final class BatchProgress {

    private final PrintWriter out;
    private final boolean terminal;
    private final long everyNanos;
    private String last = "";
    private long lastWritten = Long.MIN_VALUE;

    BatchProgress(PrintWriter out, boolean terminal, Duration every) {
        this.out = out;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
    }

    /** Draws the batch's state; into a file or a pipe, only when the last line written is old enough. */
    void show(BatchView batch, int saved) {
        draw(line(batch, saved), false);
    }

    /** Draws the batch's last state, into a file or a pipe too (unless that line was the last one written). */
    void finish(BatchView batch, int saved) {
        draw(line(batch, saved), true);
        end();
    }

    private void draw(String line, boolean always) {
        if (line.equals(last)) {
            return;
        }
        long now = System.nanoTime();
        if (terminal) {
            // pad over what is left of a longer line drawn before
            out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
        } else if (always || lastWritten == Long.MIN_VALUE || now - lastWritten >= everyNanos) {
            out.println(line);
            lastWritten = now;
        } else {
            return;
        }
        out.flush();
        last = line;
    }

    /** A message on a line of its own, above the progress line (which a terminal then shows again). */
    void note(String message) {
        if (terminal && !last.isEmpty()) {
            out.print("\r" + message + " ".repeat(Math.max(0, last.length() - message.length()))
                    + System.lineSeparator() + last);
        } else {
            out.println(message);
        }
        out.flush();
    }

    /** Ends the line drawn in place, before anything else is written. */
    void end() {
        if (terminal && !last.isEmpty()) {
            out.println();
            out.flush();
            last = ""; // the next line starts afresh
        }
    }

    static String line(BatchView batch, int saved) {
        BatchView.Counts c = batch.counts();
        List<String> states = new ArrayList<>();
        add(states, "succeeded", c.succeeded());
        add(states, "failed", c.failed());
        add(states, "running", c.running());
        add(states, "pending", c.pending());
        add(states, "canceled", c.canceled());
        add(states, "skipped", c.skipped());
        StringBuilder line = new StringBuilder(JobFollower.bar(batch.progress()))
                .append(String.format(Locale.ROOT, " %3d%% ", batch.progress()))
                .append(batch.total()).append(batch.total() == 1 ? " item: " : " items: ")
                .append(String.join(", ", states));
        if (batch.status() == Batch.Status.OPEN && batch.etaSeconds() != null) {
            line.append("  ETA ").append(duration(batch.etaSeconds()));
        }
        if (batch.status() == Batch.Status.CANCELED) {
            line.append("  (batch canceled)");
        }
        return line.append("  saved ").append(saved).toString();
    }

    /** {@code 45s}, {@code 3m 05s}, {@code 2h 07m}: as precise as an estimate deserves. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    private static void add(List<String> states, String name, long count) {
        if (count > 0) {
            states.add(name + " " + count);
        }
    }
}
