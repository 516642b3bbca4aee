package io.reelforge.common.stage;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.StagePayload;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The message that drives a job into a stage, built from what the job already has: the client's request and the
 * results of the stages before. A new job's first stage and a retried job's resume stage are built the same way,
 * so a retry of a failed render reuses the scraped product and the written script instead of doing them again.
 */
public final class StagePayloads {

    private StagePayloads() {
    }

    public static StagePayload forStage(Job job, JobStatus stage) {
        JobRequest request = job.request();
        return switch (stage) {
            case SCRAPING -> new ScrapeRequest(Objects.requireNonNull(request.url(), "a scrape needs a URL"));
            case SCRIPTING -> new ScriptRequest(product(job), request.keyword(), request.options());
            case RENDERING -> new RenderRequest(Objects.requireNonNull(product(job), "a render needs a product"),
                    Objects.requireNonNull(script(job), "a render needs a script"), request.options());
            default -> throw new IllegalArgumentException(stage + " is not a stage");
        };
    }

    private static @Nullable ProductDetails product(Job job) {
        return job.results().product() != null ? job.results().product() : job.request().product();
    }

    private static @Nullable VideoScript script(Job job) {
        return job.results().script() != null ? job.results().script() : job.request().script();
    }
}
