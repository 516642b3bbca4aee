package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import org.jspecify.annotations.Nullable;

/** What the client submitted, kept on the job so a stage can be re-driven and a client can see what it asked. */
public record JobRequest(
        @Nullable String url,
        @Nullable String keyword,
        @Nullable ProductDetails product,
        @Nullable VideoScript script,
        JobOptions options) {

    public JobRequest {
        if (options == null) {
            options = JobOptions.defaults();
        }
    }

    public static JobRequest forUrl(String url, JobOptions options) {
        return new JobRequest(url, null, null, null, options);
    }
}
