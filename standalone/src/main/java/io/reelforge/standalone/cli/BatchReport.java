package io.reelforge.standalone.cli;

import io.reelforge.gateway.batch.Batch;
import io.reelforge.gateway.batch.BatchItemView;
import io.reelforge.gateway.batch.BatchView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch came to, for the person who ran it: totals, where the videos are, and the failed items grouped by
 * error code, each with what it was and its job (to look at or retry), so one broken page template shows as one
 * code with its items under it rather than a wall of errors.
 */
final class BatchReport {

    /** Items listed under one code; the rest are counted, and the API lists them all. */
    static final int MAX_LISTED_PER_CODE = 20;

    private final Map<Integer, BatchItemView> failed = new TreeMap<>();
    private final Map<Integer, String> notSaved = new TreeMap<>();

    void failed(BatchItemView item) {
        failed.put(item.index(), item);
    }

    /** The item succeeded, but its video could not be downloaded. */
    void notSaved(BatchItemView item, String why) {
        notSaved.put(item.index(), describe(item) + ": " + why);
    }

    /** Every item succeeded or was skipped, and every video is on disk. */
    static boolean allMade(BatchView batch) {
        return batch.status() == Batch.Status.COMPLETED && batch.counts().failed() == 0
                && batch.counts().canceled() == 0;
    }

    boolean everythingSaved() {
        return notSaved.isEmpty();
    }

    /** The failed items by error code, codes in alphabetical order, items in batch order. */
    static Map<String, List<BatchItemView>> byCode(Iterable<BatchItemView> items) {
        Map<String, List<BatchItemView>> groups = new TreeMap<>();
        for (BatchItemView item : items) {
            String code = item.errorCode() == null ? "unknown" : item.errorCode();
            groups.computeIfAbsent(code, c -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** The report of a finished batch whose videos, {@code saved} of them, are in {@code folder}. */
    List<String> lines(BatchView batch, Path folder, int saved) {
        List<String> lines = new ArrayList<>();
        BatchView.Counts c = batch.counts();
        String took = batch.finishedAt() == null ? "" : " in " + BatchProgress.duration(
                Duration.between(batch.createdAt(), batch.finishedAt()).toSeconds());
        lines.add(String.format(Locale.ROOT, "Batch %s %s%s: %d item%s, %d succeeded, %d failed,"
                + " %d skipped%s.", batch.id(), batch.status().wireName(), took, batch.total(),
                batch.total() == 1 ? "" : "s", c.succeeded(), c.failed(), c.skipped(),
                c.canceled() > 0 ? ", " + c.canceled() + " canceled" : ""));
        lines.add("Videos: " + saved + " in " + folder);
        if (!failed.isEmpty()) {
            lines.add("Failed, by error code:");
            byCode(failed.values()).forEach((code, items) -> {
                lines.add("  " + code + " (" + items.size() + ")");
                items.stream().limit(MAX_LISTED_PER_CODE).forEach(item -> lines.add("    #" + item.index() + "  "
                        + describe(item) + "  job " + item.jobId()));
                if (items.size() > MAX_LISTED_PER_CODE) {
                    lines.add("    ... and " + (items.size() - MAX_LISTED_PER_CODE) + " more: " + batch.links().failed());
                }
            });
        }
        if (!notSaved.isEmpty()) {
            lines.add("Made but not saved:");
            notSaved.forEach((index, why) -> lines.add("    #" + index + "  " + why));
        }
        return lines;
    }

    /** What to type to follow or cancel a batch this command stopped following. */
    static List<String> stillRunning(String gateway, String batchId, Path folder) {
        String url = gateway + "/api/v1/batches/" + batchId;
        return List.of("Batch " + batchId + " keeps running on the gateway; the videos so far are in " + folder + ".",
                "  follow it again: run the same reelforge batch command (same source and options): it finds this"
                        + " batch and saves the videos not saved yet",
                "  look at it:      curl -s " + url + " -H \"Authorization: Bearer $REELFORGE_API_KEY\"",
                "  cancel it:       curl -s -X DELETE " + url + " -H \"Authorization: Bearer $REELFORGE_API_KEY\"");
    }

    private static String describe(BatchItemView item) {
        if (item.title() != null && item.url() != null) {
            return item.title() + " (" + item.url() + ")";
        }
        return item.title() != null ? item.title() : item.url() != null ? item.url()
                : item.sourceId() != null ? item.sourceId() : "item " + item.index();
    }
}
