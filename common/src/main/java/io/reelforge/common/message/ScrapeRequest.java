package io.reelforge.common.message;

import io.reelforge.common.job.JobStatus;

/** Fetch this page and extract the product on it. */
public record ScrapeRequest(String url) implements StagePayload {
    @Override
    public JobStatus stage() {
        return JobStatus.SCRAPING;
    }
}
