package io.reelforge.common.message;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;

/** Narrate this script over this product's images and encode the video. */
public record RenderRequest(ProductDetails product, VideoScript script, JobOptions options) implements StagePayload {
    @Override
    public JobStatus stage() {
        return JobStatus.RENDERING;
    }
}
