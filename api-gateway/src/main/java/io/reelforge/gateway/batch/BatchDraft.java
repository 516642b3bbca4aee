package io.reelforge.gateway.batch;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.gateway.api.VideoOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch as asked for, from whichever input (JSON items, an uploaded feed, a feed's URL), before it is checked
 * and saved.
 */
record BatchDraft(List<Item> items, VideoOptions defaults, boolean includeOutOfStock, @Nullable String callbackUrl,
        @Nullable String name) {

    /** One item: a page or product facts, its own options (over the defaults), and what the feed said of it. */
    record Item(@Nullable String url, @Nullable ProductDetails product, @Nullable VideoOptions options,
            @Nullable String sourceId, boolean outOfStock) {
    }
}
