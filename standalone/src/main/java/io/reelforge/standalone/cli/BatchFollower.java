package io.reelforge.standalone.cli;

import io.reelforge.gateway.batch.Batch;
import io.reelforge.gateway.batch.BatchItemPage;
import io.reelforge.gateway.batch.BatchItemView;
import io.reelforge.gateway.batch.BatchView;
import java.io.IOException;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Follows a batch until it is no longer open: polls it, draws its progress, and saves each item's video as soon as
 * the item succeeds. Items are released in batch order and finish roughly so, so it reads the items from the first
 * one not settled yet (everything before is final and handled) up to the first one still pending: each poll costs a
 * page or two however large the batch. A gateway that cannot be reached for a moment (a restart) is waited for.
 */
final class BatchFollower {

    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled", "skipped");
    private static final int PAGE_SIZE = 100;
    /** Downloads of one video tried before it is reported as not saved. */
    static final int DOWNLOAD_ATTEMPTS = 3;

    private final GatewayClient client;
    private final BatchDownloads downloads;
    private final BatchProgress progress;
    private final BatchReport report;
    private final Duration interval;
    private final Duration patience;
    private final BitSet settled = new BitSet();
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private int frontier;

    /**
     * @param interval between polls
     * @param patience how long the gateway may stay unreachable before the command gives up
     */
    BatchFollower(GatewayClient client, BatchDownloads downloads, BatchProgress progress, BatchReport report,
            Duration interval, Duration patience) {
        this.client = client;
        this.downloads = downloads;
        this.progress = progress;
        this.report = report;
        this.interval = interval;
        this.patience = patience;
    }

    /** The batch's last view, and whether it finished before the deadline. */
    record Outcome(BatchView batch, boolean finished) {
    }

    Outcome follow(BatchView accepted, Duration timeout) throws IOException, InterruptedException {
        long deadline = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        BatchView batch = accepted;
        long finishedSeen = -1;
        long unreachableSince = 0;
        while (true) {
            try {
                long finished = finished(batch);
                if (finished != finishedSeen) {
                    scan(batch);
                    finishedSeen = finished;
                }
                progress.show(batch, downloads.saved());
                if (batch.status() != Batch.Status.OPEN) {
                    settleRest(batch);
                    progress.finish(batch, downloads.saved());
                    return new Outcome(batch, true);
                }
                if (System.nanoTime() > deadline) {
                    return new Outcome(batch, false);
                }
                Thread.sleep(interval);
                batch = client.batch(batch.id());
                unreachableSince = 0;
            } catch (GatewayRefusal e) {
                if (e.status() < 500) {
                    throw e; // the batch is gone or the key revoked: waiting changes nothing
                }
                unreachableSince = waitOut(e, unreachableSince);
            } catch (IOException e) {
                unreachableSince = waitOut(e, unreachableSince);
            }
        }
    }

    private long waitOut(IOException e, long since) throws IOException, InterruptedException {
        long now = System.nanoTime();
        if (since != 0 && now - since > patience.toNanos()) {
            throw e;
        }
        if (since == 0) {
            progress.note("the gateway does not answer (" + e.getMessage() + "); trying again for up to "
                    + patience.toSeconds() + " s");
        }
        Thread.sleep(interval);
        return since == 0 ? now : since;
    }

    /** The batch is over: the items not settled yet are, with their downloads tried again where one failed. */
    private void settleRest(BatchView batch) throws IOException, InterruptedException {
        for (int round = 0; round < DOWNLOAD_ATTEMPTS && frontier < batch.total(); round++) {
            scan(batch);
        }
    }

    /** Reads the items from the first unsettled one to the first pending one, settling what is final. */
    private void scan(BatchView batch) throws IOException, InterruptedException {
        int page = frontier / PAGE_SIZE;
        int firstOpen = -1;
        int next = frontier;
        while (true) {
            BatchItemPage items = client.batchItems(batch.id(), page, PAGE_SIZE);
            boolean pendingSeen = false;
            for (BatchItemView item : items.items()) {
                if (item.index() < frontier) {
                    continue;
                }
                if (!settled.get(item.index()) && settle(item, batch)) {
                    settled.set(item.index());
                }
                if (!settled.get(item.index()) && firstOpen < 0) {
                    firstOpen = item.index();
                }
                pendingSeen |= item.state().equals("pending");
                next = item.index() + 1;
            }
            page++;
            if (pendingSeen || page >= items.pages() || items.items().isEmpty()) {
                break;
            }
        }
        frontier = firstOpen >= 0 ? firstOpen : next;
    }

    /** Handles a final item once; true when nothing more is to be done for it. */
    private boolean settle(BatchItemView item, BatchView batch) throws InterruptedException {
        if (!FINAL.contains(item.state())) {
            return false;
        }
        switch (item.state()) {
            case "failed" -> report.failed(item);
            case "succeeded" -> {
                try {
                    downloads.save(item);
                    progress.show(batch, downloads.saved());
                } catch (IOException e) {
                    int tried = attempts.merge(item.index(), 1, Integer::sum);
                    if (tried < DOWNLOAD_ATTEMPTS) {
                        return false;
                    }
                    report.notSaved(item, e.getMessage());
                    progress.note("could not save the video of item #" + item.index() + ": " + e.getMessage());
                }
            }
            default -> {
                // canceled or skipped: nothing to save
            }
        }
        return true;
    }

    private static long finished(BatchView batch) {
        BatchView.Counts c = batch.counts();
        return c.succeeded() + c.failed() + c.canceled() + c.skipped();
    }
}
