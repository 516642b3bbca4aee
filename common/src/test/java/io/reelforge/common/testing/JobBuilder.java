package io.reelforge.common.testing;

import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test jobs in a line: {@code aVideoJob().forUrl("https://shop.example/p/1").build()}. */
public final class JobBuilder {

    private String id = UUID.randomUUID().toString();
    private JobKind kind;
    private String tenant = "default";
    private String url = "https://shop.example/products/1";
    private String keyword;
    private ProductDetails product;
    private VideoScript script;
    private JobOptions options = JobOptions.defaults();
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

    private JobBuilder(JobKind kind) {
        this.kind = kind;
    }

    public static JobBuilder aVideoJob() {
        return new JobBuilder(JobKind.VIDEO);
    }

    public static JobBuilder aJob(JobKind kind) {
        return new JobBuilder(kind);
    }

    public JobBuilder id(String value) {
        this.id = value;
        return this;
    }

    public JobBuilder tenant(String value) {
        this.tenant = value;
        return this;
    }

    public JobBuilder forUrl(String value) {
        this.url = value;
        return this;
    }

    public JobBuilder keyword(String value) {
        this.keyword = value;
        this.url = null;
        return this;
    }

    public JobBuilder product(ProductDetails value) {
        this.product = value;
        this.url = null;
        return this;
    }

    public JobBuilder script(VideoScript value) {
        this.script = value;
        return this;
    }

    public JobBuilder options(JobOptions value) {
        this.options = value;
        return this;
    }

    public JobBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public Job build() {
        return Job.queued(id, kind, tenant, new JobRequest(url, keyword, product, script, options), createdAt);
    }

    /** The job moved into its first stage. */
    public Job started() {
        Job job = build();
        return job.startStage(job.firstStage(), 1, createdAt.plusSeconds(1));
    }

    public Job in(JobStatus stage) {
        Job job = started();
        Instant at = createdAt.plusSeconds(2);
        while (job.status() != stage) {
            job = job.startStage(Pipeline.after(job.kind(), job.status()), 1, at);
            at = at.plusSeconds(1);
        }
        return job;
    }

    /**
     * A video job whose product and script were found, waiting in the render stage since {@code now}: what a media
     * worker claims.
     */
    public Job waitingForRender(Instant now) {
        return in(JobStatus.SCRAPING).withProduct(Products.aProduct(List.of()), now)
                .startStage(JobStatus.SCRIPTING, 1, now).withScript(Products.aScript(2), now)
                .startStage(JobStatus.RENDERING, 1, now);
    }
}
