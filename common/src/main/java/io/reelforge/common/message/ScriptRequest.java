package io.reelforge.common.message;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.product.ProductDetails;
import org.jspecify.annotations.Nullable;

/** Write a script about this product, or, with no product, about this keyword. */
public record ScriptRequest(@Nullable ProductDetails product, @Nullable String keyword, JobOptions options)
        implements StagePayload {
    @Override
    public JobStatus stage() {
        return JobStatus.SCRIPTING;
    }
}
