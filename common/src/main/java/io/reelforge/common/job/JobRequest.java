package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import org.jspecify.annotations.Nullable;

/**
 * What the client submitted, kept on the job so a stage can be re-driven and a client can see what it asked.
 *
 * @param batchId the batch this job is an item of, or null for a job asked for on its own
 */
public record JobRequest(
        @Nullable String url,
        @Nullable String keyword,
        @Nullable ProductDetails product,
        @Nullable VideoScript script,
        JobOptions options,
        @Nullable String batchId) {

    public JobRequest {
        if (options == null) {
            options = JobOptions.defaults();
        }
    }

    public JobRequest(@Nullable String url, @Nullable String keyword, @Nullable ProductDetails product,
            @Nullable VideoScript script, JobOptions options) {
        this(url, keyword, product, script, options, null);
    }

    public static JobRequest forUrl(String url, JobOptions options) {
        return new JobRequest(url, null, null, null, options);
    }

    /** The same request with other options (the brand kit resolved at submit). */
    public JobRequest withOptions(JobOptions value) {
        return new JobRequest(url, keyword, product, script, value, batchId);
    }

    /** The same request as an item of a batch. */
    public JobRequest inBatch(String id) {
        return new JobRequest(url, keyword, product, script, options, id);
    }
}
