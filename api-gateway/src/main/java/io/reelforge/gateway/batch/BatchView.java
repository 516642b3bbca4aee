package io.reelforge.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A batch as clients see it: how many items are in each state, how far along, and what failed and why. */
@Schema(name = "Batch")
public record BatchView(
        String id,
        @Nullable String name,
        @Schema(description = "open, completed or canceled") Batch.Status status,
        @Schema(description = "Items in the batch, skipped and duplicate ones included") int total,
        Counts counts,
        @Schema(description = "Finished items (succeeded, failed, canceled, skipped) as a percentage of all")
        int progress,
        @Schema(description = "Seconds until the batch should finish, from its recent throughput; absent until"
                + " enough items have finished to tell") @Nullable Long etaSeconds,
        @Schema(description = "Failed items by error code") Map<String, Long> failures,
        @Schema(description = "Items that share an earlier item's job (same page, same options)") int duplicates,
        Instant createdAt,
        @Nullable Instant finishedAt,
        Links links) {

    /** Items by state; each item is in exactly one, and they add up to the batch's total. */
    public record Counts(
            @Schema(description = "Waiting in the batch: not released into the pipeline yet") long pending,
            @Schema(description = "Released and not finished: queued for a worker or being made") long running,
            long succeeded,
            long failed,
            long canceled,
            @Schema(description = "Not made: out of stock") long skipped) {
    }

    public record Links(String self, String items,
            @Schema(description = "The failed items, with their jobs and error codes") String failed) {
    }
}
