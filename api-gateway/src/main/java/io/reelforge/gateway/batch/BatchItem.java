package io.reelforge.gateway.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.product.ProductDetails;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch as stored: what to make, and what became of it so far.
 *
 * @param index the item's place in the batch, from 0
 * @param sourceId the feed's id of the product ({@code g:id}, a CSV {@code id}), when it came from a feed
 * @param duplicateOf the index of the earlier item whose job this one shares
 * @param copies how many items this item's job stands for: 1, plus the later items that duplicate it
 */
public record BatchItem(int index, @Nullable String url, @Nullable ProductDetails product, JobOptions options,
        @Nullable String sourceId, State state, @Nullable Integer duplicateOf, @Nullable String note, int copies) {

    public enum State {
        /** Not released into the pipeline yet. */
        PENDING,
        /** Released: its job exists. */
        RELEASED,
        /** Not made (out of stock); {@code note} says why. */
        SKIPPED,
        /** Made by an earlier item's job. */
        DUPLICATE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static BatchItem pending(int index, @Nullable String url, @Nullable ProductDetails product,
            JobOptions options, @Nullable String sourceId) {
        return new BatchItem(index, url, product, options, sourceId, State.PENDING, null, null, 1);
    }

    public BatchItem skipped(String why) {
        return new BatchItem(index, url, product, options, sourceId, State.SKIPPED, null, why, 1);
    }

    public BatchItem duplicateOf(int original) {
        return new BatchItem(index, url, product, options, sourceId, State.DUPLICATE, original, null, 1);
    }

    public BatchItem withCopies(int value) {
        return new BatchItem(index, url, product, options, sourceId, state, duplicateOf, note, value);
    }

    public BatchItem released() {
        return new BatchItem(index, url, product, options, sourceId, State.RELEASED, null, null, copies);
    }

    /** A page is scraped, written and rendered; product facts are written and rendered. */
    public JobKind kind() {
        return product != null ? JobKind.RENDER : JobKind.VIDEO;
    }

    public JobRequest jobRequest(String batchId) {
        JobRequest request = product != null ? new JobRequest(null, null, product, null, options)
                : JobRequest.forUrl(url, options);
        return request.inBatch(batchId);
    }

    /**
     * The id of this item's job, derived from the batch and the item: a release that is repeated (the gateway
     * stopped between creating the job and recording it) finds the job it made instead of making a second one.
     */
    public static String jobId(String batchId, int index) {
        return UUID.nameUUIDFromBytes(("reelforge-batch:" + batchId + ":" + index).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
