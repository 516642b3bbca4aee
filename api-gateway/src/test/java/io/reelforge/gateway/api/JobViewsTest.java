package io.reelforge.gateway.api;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.testing.Products;
import io.reelforge.gateway.GatewayProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class JobViewsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static JobViews views(@Nullable URI publicBaseUrl) {
        return new JobViews(new GatewayProperties(Duration.ofSeconds(2), 20, 100, publicBaseUrl,
                new GatewayProperties.Idempotency(Duration.ofHours(24), Duration.ofSeconds(60)),
                new GatewayProperties.Limits(120, 60, 200), Duration.ofMinutes(30),
                new GatewayProperties.Webhooks(List.of(Duration.ZERO), 0.1, Duration.ofSeconds(15), Duration.ofMillis(500),
                        Duration.ofSeconds(60), Duration.ofHours(24), true, Duration.ofSeconds(5)),
                Duration.ofSeconds(15), DataSize.ofMegabytes(1),
                new GatewayProperties.Cors(List.of(), Duration.ofMinutes(30)),
                new GatewayProperties.Availability(Duration.ofSeconds(5), Duration.ofMillis(800), Duration.ofSeconds(1),
                        Duration.ofSeconds(1)), GatewayProperties.Batches.defaults(), List.of("auto"),
                Duration.ofSeconds(15), GatewayProperties.Images.defaults()));
    }

    private static Job renderedJob() {
        return aVideoJob().id("job-1").createdAt(T0).in(JobStatus.RENDERING)
                .withArtifacts(List.of(new Artifact("video.mp4", "video/mp4", 10)), T0.plusSeconds(5));
    }

    @Test
    void linksArePathsWhenNoPublicBaseUrlIsSet() {
        JobView view = views(null).of(renderedJob());

        assertThat(view.links().self()).isEqualTo("/api/v1/jobs/job-1");
        assertThat(view.links().video()).isEqualTo("/api/v1/jobs/job-1/artifacts/video.mp4");
    }

    @Test
    void linksAreAbsoluteUnderThePublicBaseUrl() {
        JobView view = views(URI.create("https://reelforge.example.com/")).of(renderedJob());

        assertThat(view.links().self()).isEqualTo("https://reelforge.example.com/api/v1/jobs/job-1");
        assertThat(view.results().artifacts().getFirst().url())
                .isEqualTo("https://reelforge.example.com/api/v1/jobs/job-1/artifacts/video.mp4");
    }

    @Test
    void stageIsTheCurrentStageOnlyWhileTheJobRuns() {
        JobViews views = views(null);

        assertThat(views.of(aVideoJob().build()).stage()).isNull();
        assertThat(views.of(renderedJob()).stage()).isEqualTo(JobStatus.RENDERING);
        assertThat(views.of(renderedJob().cancel(T0.plusSeconds(6))).stage()).isNull();
    }

    @Test
    void theTokensAModelSpentOnTheScriptAreShownWithTheirTotal() {
        Job scripted = aVideoJob().id("job-1").createdAt(T0).in(JobStatus.SCRIPTING)
                .withScript(Products.aScript(2), new TokenUsage("gpt-4o", 812, 240, 2), T0.plusSeconds(5));

        JobView view = views(null).of(scripted);

        assertThat(view.results().scriptUsage())
                .isEqualTo(new JobView.UsageView("gpt-4o", 812, 240, 1052, 2));
    }

    @Test
    void theWarningsOfAShortScriptAreShownOnTheResults() {
        JobWarning shortScript = new JobWarning(JobWarning.Code.DURATION_SHORT, "The page gives 40 s of facts.");
        Job scripted = aVideoJob().id("job-1").createdAt(T0).in(JobStatus.SCRIPTING)
                .withScript(Products.aScript(2).withWarnings(List.of(shortScript)), T0.plusSeconds(5));

        assertThat(views(null).of(scripted).results().warnings()).containsExactly(shortScript);
        assertThat(views(null).of(renderedJob()).results().warnings()).isEmpty();
    }

    @Test
    void aScriptNoModelWroteShowsNoUsage() {
        assertThat(views(null).of(renderedJob()).results().scriptUsage()).isNull();
    }

    @Test
    void pageCountsItsPages() {
        JobViews views = views(null);

        assertThat(views.page(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(views.page(List.of(), 0, 20, 20).totalPages()).isEqualTo(1);
        assertThat(views.page(List.of(), 0, 20, 21).totalPages()).isEqualTo(2);
    }
}
