package io.reelforge.standalone.cli;

import io.reelforge.gateway.batch.BatchFileNames;
import io.reelforge.gateway.batch.BatchView;
import io.reelforge.gateway.error.ProblemType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", description = {"Makes a video of every product of a feed (a CSV or Google Merchant file, or"
        + " its URL) on a running gateway: one progress line for the batch, each video saved as it is made into"
        + " OUT/<batch name or id>/, the failures listed by error code at the end.",
        "Exit code 0 when every item succeeded or was skipped, 1 when some did not, 2 when the batch could not be"
        + " submitted or followed (bad option or feed, no gateway)."})
public final class BatchCommand implements Callable<Integer> {

    static final int EXIT_ALL_MADE = 0;
    static final int EXIT_SOME_NOT_MADE = 1;
    static final int EXIT_NOT_SUBMITTED = 2;
    /** How long an identical earlier submission may still be in the gateway's hands (its in-flight timeout). */
    private static final Duration IN_USE_PATIENCE = Duration.ofSeconds(60);
    /** A gateway restart takes seconds; longer than this and the command gives up (the batch runs on). */
    private static final Duration UNREACHABLE_PATIENCE = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "a feed file (.csv, .tsv, .xml, .rss, .atom; else"
            + " told from its first bytes) or an http(s) URL the gateway fetches the feed from")
    String source;

    @Option(names = "--format", description = "9:16, 9:16@1080, 1:1, 4:5, 16:9 or 16:9@720 (default: the media"
            + " worker's)")
    String format;

    @Option(names = "--duration", description = "seconds of each video, 5 to 180 (default: the gateway's)")
    Integer duration;

    @Option(names = "--language", description = "narration language, BCP 47 (default: the gateway's)")
    String language;

    @Option(names = "--tone", description = "narration tone, e.g. energetic (default: the writer's)")
    String tone;

    @Option(names = "--captions", negatable = true, description = "burn captions in, or not with --no-captions"
            + " (default: the media worker's)")
    Boolean captions;

    @Option(names = "--include-out-of-stock", description = "make videos of out-of-stock products too")
    boolean includeOutOfStock;

    @Option(names = "--name", description = "the batch's name; also names its folder (default: the batch id)")
    String name;

    @Option(names = "--out", description = "where the batch's folder goes (default ${DEFAULT-VALUE})",
            defaultValue = "out")
    Path out;

    @Option(names = "--new-batch", description = "submit a new batch even if the same source and options were"
            + " submitted within the last day (by default that batch is followed again)")
    boolean newBatch;

    @Option(names = "--gateway", description = "gateway URL (default: the running stack's, else "
            + GatewayClient.DEFAULT_URL + ")")
    String gateway;

    @Option(names = "--api-key", description = "the API key (default: $REELFORGE_API_KEY, else the running stack's"
            + " development key)")
    String apiKey;

    @Option(names = "--data", description = "the running stack's data directory (default ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--timeout", description = "stop following after this many seconds, 0 for never; the batch"
            + " runs on (default ${DEFAULT-VALUE})", defaultValue = "0")
    int timeoutSeconds;

    @Option(names = "--poll", description = "milliseconds between reads of the batch (default ${DEFAULT-VALUE})",
            defaultValue = "1000")
    long pollMillis;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        GatewayClient client;
        BatchOrder order;
        try {
            order = new BatchOrder(BatchSource.of(source), new BatchOrder.Defaults(duration, language, tone, format,
                    captions), includeOutOfStock, name, newBatch ? UUID.randomUUID().toString() : null);
            client = GatewayClient.forStack(gateway, data, apiKey);
        } catch (IOException e) {
            stderr.println("reelforge batch: " + describe(e));
            return EXIT_NOT_SUBMITTED;
        }
        GatewayClient.SubmittedBatch submitted;
        try {
            submitted = submit(client, order);
        } catch (GatewayRefusal e) {
            stderr.println("reelforge batch: " + e.getMessage());
            return EXIT_NOT_SUBMITTED;
        } catch (IOException e) {
            stderr.println("reelforge batch: cannot reach the gateway at " + client.baseUrl() + ": " + describe(e));
            return EXIT_NOT_SUBMITTED;
        }
        return follow(client, submitted, stdout, stderr);
    }

    private int follow(GatewayClient client, GatewayClient.SubmittedBatch submitted, PrintWriter out,
            PrintWriter err) throws InterruptedException {
        BatchView batch = submitted.batch();
        Path folder = this.out.resolve(BatchFileNames.folder(batch.id(), batch.name()));
        out.println((submitted.replayed() ? "Following batch " + batch.id() + ", submitted before with this source"
                + " and options (--new-batch submits another)" : "Batch " + batch.id() + " accepted") + ": "
                + batch.total() + " item" + (batch.total() == 1 ? "" : "s")
                + (batch.duplicates() > 0 ? " (" + batch.duplicates() + " sharing another's video)" : "")
                + "; videos go to " + folder);
        out.flush();
        BatchProgress progress = new BatchProgress(out, System.console() != null, Duration.ofSeconds(10));
        BatchReport report = new BatchReport();
        AtomicBoolean following = new AtomicBoolean(true);
        // Ctrl-C stops this command, not the batch: say how to pick it up again
        Thread onInterrupt = new Thread(() -> {
            if (following.get()) {
                progress.end();
                BatchReport.stillRunning(client.baseUrl(), batch.id(), folder).forEach(out::println);
                out.flush();
            }
        }, "batch-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            BatchDownloads downloads = BatchDownloads.into(client, folder, batch.id(), batch.total());
            BatchFollower.Outcome outcome = new BatchFollower(client, downloads, progress, report,
                    Duration.ofMillis(pollMillis), UNREACHABLE_PATIENCE).follow(batch,
                    Duration.ofSeconds(timeoutSeconds));
            following.set(false);
            progress.end();
            if (!outcome.finished()) {
                err.println("reelforge batch: stopped following after " + timeoutSeconds + " s (--timeout)");
                BatchReport.stillRunning(client.baseUrl(), batch.id(), folder).forEach(err::println);
                return EXIT_SOME_NOT_MADE;
            }
            report.lines(outcome.batch(), folder, downloads.saved()).forEach(out::println);
            out.flush();
            return BatchReport.allMade(outcome.batch()) && report.everythingSaved() ? EXIT_ALL_MADE
                    : EXIT_SOME_NOT_MADE;
        } catch (IOException e) {
            following.set(false);
            progress.end();
            err.println("reelforge batch: " + describe(e));
            BatchReport.stillRunning(client.baseUrl(), batch.id(), folder).forEach(err::println);
            return EXIT_NOT_SUBMITTED;
        } finally {
            following.set(false);
            out.flush();
            err.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook runs
            }
        }
    }

    /** Submits the order; an identical one still in the gateway's hands (a run just interrupted) is waited for. */
    private static GatewayClient.SubmittedBatch submit(GatewayClient client, BatchOrder order)
            throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + IN_USE_PATIENCE.toNanos();
        while (true) {
            try {
                return client.submitBatch(order);
            } catch (GatewayRefusal e) {
                if (!ProblemType.IDEMPOTENCY_KEY_IN_USE.code().equals(e.code()) || System.nanoTime() > giveUp) {
                    throw e;
                }
                Thread.sleep(Duration.ofSeconds(2));
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
