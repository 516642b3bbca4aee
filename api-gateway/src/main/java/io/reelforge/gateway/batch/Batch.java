package io.reelforge.gateway.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A batch as the store keeps it; what its items became is counted beside it ({@link BatchCounts}).
 *
 * @param total how many items the batch has, skipped and duplicate ones included
 * @param skipped items not made at all (out of stock)
 * @param duplicates items that name the same page with the same options as an earlier item, and share its job
 */
public record Batch(String id, String tenant, @Nullable String name, Status status, int total, int skipped,
        int duplicates, @Nullable String callbackUrl, Instant createdAt, @Nullable Instant finishedAt) {

    public enum Status {
        /** Items are waiting or being made. */
        OPEN,
        /** Every item has finished (succeeded, failed, canceled or skipped). */
        COMPLETED,
        /** Canceled by the client: waiting items are never made, unfinished ones were canceled. */
        CANCELED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The items that become jobs of their own. */
    public int toMake() {
        return total - skipped - duplicates;
    }

    public Batch finished(Status status, Instant now) {
        return new Batch(id, tenant, name, status, total, skipped, duplicates, callbackUrl, createdAt, now);
    }

    public Batch reopened() {
        return new Batch(id, tenant, name, Status.OPEN, total, skipped, duplicates, callbackUrl, createdAt, null);
    }
}
