package io.reelforge.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One item of a batch: what it asked for, its state, and its job once released. */
@Schema(name = "BatchItemView")
public record BatchItemView(
        @Schema(description = "The item's place in the batch, from 0") int index,
        @Nullable String url,
        @Schema(description = "The product's title, for an item given as product facts") @Nullable String title,
        @Schema(description = "The feed's id of the product (g:id, a CSV id column)") @Nullable String sourceId,
        @Schema(description = "pending, running, succeeded, failed, canceled or skipped") String state,
        @Nullable String jobId,
        @Schema(description = "The error code of a failed item") @Nullable String errorCode,
        @Schema(description = "Why the item was skipped (out_of_stock)") @Nullable String reason,
        @Schema(description = "The earlier item whose job this one shares") @Nullable Integer duplicateOf,
        @Nullable String job) {
}
