package io.reelforge.gateway.api;

import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.StageRun;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.JobView.ArtifactView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored jobs into what clients see, with links under the configured public base URL. */
@Component
public class JobViews {

    private final String linkPrefix;

    public JobViews(GatewayProperties properties) {
        this.linkPrefix = properties.linkPrefix();
    }

    public JobView of(Job job) {
        List<ArtifactView> artifacts = job.results().artifacts().stream().map(a -> artifact(job.id(), a)).toList();
        return new JobView(job.id(), job.kind(), job.visibleStatus(), job.status().isStage() ? job.status() : null,
                waitingSince(job),
                job.progress(), job.progressDetail(), job.attempt(), job.createdAt(), job.updatedAt(),
                job.history().isEmpty() ? null : job.history().getFirst().enteredAt(),
                job.status().isFinal() ? job.updatedAt() : null,
                job.history().stream().map(JobViews::stage).toList(),
                error(job.error()),
                request(job.request()),
                new JobView.ResultsView(job.results().product(), job.results().script(), artifacts,
                        JobView.UsageView.of(job.results().scriptUsage()), job.results().warnings()),
                links(job, artifacts));
    }

    public JobPage page(List<Job> jobs, int page, int size, long total) {
        long pages = (total + size - 1) / size;
        return new JobPage(jobs.stream().map(this::of).toList(), page, size, total, pages);
    }

    /** A route of the API as clients should call it: a path, or an absolute URL when a public base URL is set. */
    public String url(String path) {
        return linkPrefix + path;
    }

    /** Where a job can be read: a path, or an absolute URL when a public base URL is configured. */
    public String jobUrl(String id) {
        return linkPrefix + ApiPaths.job(id);
    }

    private ArtifactView artifact(String jobId, Artifact artifact) {
        return new ArtifactView(artifact.name(), artifact.contentType(), artifact.size(),
                linkPrefix + ApiPaths.artifact(jobId, artifact.name()));
    }

    private JobView.Links links(Job job, List<ArtifactView> artifacts) {
        String self = jobUrl(job.id());
        return new JobView.Links(self, job.status().isFinal() ? null : self,
                firstOfType(artifacts, "video/"), firstOfType(artifacts, "image/"));
    }

    private static @Nullable String firstOfType(List<ArtifactView> artifacts, String typePrefix) {
        return artifacts.stream().filter(a -> a.contentType().startsWith(typePrefix)).map(ArtifactView::url)
                .findFirst().orElse(null);
    }

    private static @Nullable Instant waitingSince(Job job) {
        if (job.status() == JobStatus.QUEUED) {
            return job.createdAt();
        }
        return job.waiting() ? job.history().getLast().enteredAt() : null;
    }

    private static JobView.StageView stage(StageRun run) {
        return new JobView.StageView(run.stage(), run.enteredAt(), run.claimedAt(), run.endedAt(), run.worker(),
                run.attempt(), run.outcome());
    }

    private static JobView.@Nullable ErrorView error(@Nullable JobError error) {
        return error == null ? null : new JobView.ErrorView(error.code(), error.message(), error.failedStage(),
                error.attempts(), error.failedAt());
    }

    private static JobView.RequestView request(JobRequest request) {
        return new JobView.RequestView(request.url(), request.keyword(), request.product(), request.script(),
                request.options(), request.batchId());
    }
}
