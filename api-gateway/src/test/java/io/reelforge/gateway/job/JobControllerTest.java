package io.reelforge.gateway.job;

import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobFilter;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobListing;
import io.reelforge.common.job.JobUpdate;
import io.reelforge.common.job.JobError;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.Products;
import io.reelforge.gateway.GatewaySliceConfiguration;
import io.reelforge.gateway.error.ProblemType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Reading, listing and canceling jobs over HTTP. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class JobControllerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    private Job stored(Job job) {
        when(store.find(job.id())).thenReturn(Optional.of(job));
        return job;
    }

    private void updatesApplyTo(Job job) {
        when(tracker.update(eq(job.id()), any())).thenAnswer(
                call -> new JobUpdate(call.<UnaryOperator<Job>>getArgument(1).apply(job), true));
    }

    @Test
    void unknownJobIsAProblem404() {
        var json = assertProblem(mvc.get().uri("/api/v1/jobs/0d4c3c4e-7a8b-4b7e-9a57-1f5f7c0c2b11").exchange(),
                ProblemType.JOB_NOT_FOUND);
        json.extractingPath("$.instance").isEqualTo("/api/v1/jobs/0d4c3c4e-7a8b-4b7e-9a57-1f5f7c0c2b11");
    }

    @Test
    void idThatCannotBeAJobIdIsNotFoundWithoutLookingItUp() {
        assertProblem(mvc.get().uri("/api/v1/jobs/{id}", "..%2F..%2Fetc").exchange(), ProblemType.JOB_NOT_FOUND);
        assertProblem(mvc.get().uri("/api/v1/jobs/" + "a".repeat(65)).exchange(), ProblemType.JOB_NOT_FOUND);
        verifyNoInteractions(store);
    }

    @Test
    void runningJobShowsItsStageProgressAndHistory() {
        Job job = stored(aVideoJob().createdAt(T0).in(JobStatus.SCRIPTING)
                .claim(JobStatus.SCRIPTING, "script-worker@host:1/ab", 1, T0.plusSeconds(5)));

        var json = assertThat(mvc.get().uri("/api/v1/jobs/" + job.id()).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.status").isEqualTo("scripting");
        json.extractingPath("$.stage").isEqualTo("scripting");
        json.extractingPath("$.progress").isEqualTo(33);
        json.extractingPath("$.startedAt").isEqualTo("2026-01-01T00:00:01Z");
        json.extractingPath("$.finishedAt").isNull();
        json.extractingPath("$.history[*].stage").asArray().containsExactly("scraping", "scripting");
        json.extractingPath("$.history[1].worker").isEqualTo("script-worker@host:1/ab");
        json.extractingPath("$.history[1].claimedAt").isEqualTo("2026-01-01T00:00:05Z");
        json.extractingPath("$.history[0].endedAt").isEqualTo("2026-01-01T00:00:02Z");
        json.extractingPath("$.error").isNull();
    }

    @Test
    void failedJobShowsItsErrorCodeAndMessage() {
        Job started = aVideoJob().createdAt(T0).started();
        Job job = stored(started.fail(new JobError(ErrorCode.PAGE_NOT_FOUND, "The page answered 404.",
                JobStatus.SCRAPING, 1, T0.plusSeconds(3)), T0.plusSeconds(3)));

        var json = assertThat(mvc.get().uri("/api/v1/jobs/" + job.id()).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.status").isEqualTo("failed");
        json.extractingPath("$.stage").isNull();
        json.extractingPath("$.finishedAt").isEqualTo("2026-01-01T00:00:03Z");
        json.extractingPath("$.error.code").isEqualTo("page_not_found");
        json.extractingPath("$.error.message").isEqualTo("The page answered 404.");
        json.extractingPath("$.error.failedStage").isEqualTo("scraping");
        json.extractingPath("$.error.attempts").isEqualTo(1);
        json.extractingPath("$.links.cancel").isNull();
    }

    @Test
    void succeededJobLinksItsResultsAndFiles() {
        Job rendered = aVideoJob().createdAt(T0).in(JobStatus.RENDERING)
                .withProduct(Products.aProduct(List.of("https://shop.example/a.jpg")), T0.plusSeconds(9))
                .withScript(Products.aScript(2), T0.plusSeconds(9))
                .withArtifacts(List.of(new Artifact("video.mp4", "video/mp4", 123_456),
                        new Artifact("thumbnail.jpg", "image/jpeg", 9_000)), T0.plusSeconds(9));
        Job job = stored(rendered.succeed(T0.plusSeconds(10)));
        String self = "/api/v1/jobs/" + job.id();

        var json = assertThat(mvc.get().uri(self).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.progress").isEqualTo(100);
        json.extractingPath("$.results.product.title").isEqualTo("Aurora Ceramic Pour-Over Set");
        json.extractingPath("$.results.script.scenes").asArray().hasSize(2);
        json.extractingPath("$.results.artifacts[0].name").isEqualTo("video.mp4");
        json.extractingPath("$.results.artifacts[0].size").isEqualTo(123_456);
        json.extractingPath("$.results.artifacts[0].url").isEqualTo(self + "/artifacts/video.mp4");
        json.extractingPath("$.links.video").isEqualTo(self + "/artifacts/video.mp4");
        json.extractingPath("$.links.thumbnail").isEqualTo(self + "/artifacts/thumbnail.jpg");
    }

    @Test
    void listIsPagedWithTheTotal() {
        Job newer = aVideoJob().createdAt(T0.plusSeconds(1)).build();
        Job older = aVideoJob().createdAt(T0).build();
        when(store.list("default", JobFilter.ALL, 10, 5)).thenReturn(new JobListing(List.of(newer, older), 12));

        var json = assertThat(mvc.get().uri("/api/v1/jobs?page=2&size=5").exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.items[*].id").asArray().containsExactly(newer.id(), older.id());
        json.extractingPath("$.page").isEqualTo(2);
        json.extractingPath("$.size").isEqualTo(5);
        json.extractingPath("$.total").isEqualTo(12);
        json.extractingPath("$.totalPages").isEqualTo(3);
    }

    @Test
    void listUsesTwentyJobsAPageByDefault() {
        when(store.list(any(), any(), anyInt(), anyInt())).thenReturn(new JobListing(List.of(), 0));
        assertThat(mvc.get().uri("/api/v1/jobs").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.size").isEqualTo(20);
        verify(store).list("default", JobFilter.ALL, 0, 20);
    }

    @Test
    void listFiltersByStateAndKind() {
        Job failed = aVideoJob().createdAt(T0).build();
        when(store.list("default", new JobFilter(JobStatus.FAILED, JobKind.VIDEO), 0, 20))
                .thenReturn(new JobListing(List.of(failed), 1));

        var json = assertThat(mvc.get().uri("/api/v1/jobs?state=failed&kind=video").exchange()).hasStatusOk()
                .bodyJson();
        json.extractingPath("$.items[*].id").asArray().containsExactly(failed.id());
        json.extractingPath("$.total").isEqualTo(1);
    }

    @Test
    void anUnknownStateOrKindIsRefusedNamingTheParameterAndListingTheValues() {
        var state = assertProblem(mvc.get().uri("/api/v1/jobs?state=exploded").exchange(), ProblemType.VALIDATION);
        state.extractingPath("$.errors[0].field").isEqualTo("state");
        state.extractingPath("$.errors[0].message")
                .isEqualTo("must be one of queued, scraping, scripting, rendering, succeeded, failed, canceled");
        var kind = assertProblem(mvc.get().uri("/api/v1/jobs?kind=podcast").exchange(), ProblemType.VALIDATION);
        kind.extractingPath("$.errors[0].field").isEqualTo("kind");
        kind.extractingPath("$.errors[0].message").isEqualTo("must be one of video, scrape, script, render");
        verifyNoInteractions(store);
    }

    @Test
    void pageSizeOutsideOneToOneHundredIsRefused() {
        assertProblem(mvc.get().uri("/api/v1/jobs?size=0").exchange(), ProblemType.VALIDATION)
                .extractingPath("$.errors[0].field").isEqualTo("size");
        assertProblem(mvc.get().uri("/api/v1/jobs?size=101").exchange(), ProblemType.VALIDATION)
                .extractingPath("$.errors[0].message").isEqualTo("must be between 1 and 100");
        assertProblem(mvc.get().uri("/api/v1/jobs?page=-1").exchange(), ProblemType.VALIDATION)
                .extractingPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void pageThatIsNotANumberIsABadRequest() {
        assertProblem(mvc.get().uri("/api/v1/jobs?page=first").exchange(), ProblemType.BAD_REQUEST);
    }

    @Test
    void cancelMovesAQueuedJobToCanceled() {
        Job job = stored(aVideoJob().createdAt(T0).build());
        updatesApplyTo(job);

        var json = assertThat(mvc.delete().uri("/api/v1/jobs/" + job.id()).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.status").isEqualTo("canceled");
        json.extractingPath("$.finishedAt").isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    void cancelingAFinishedJobIsAConflictNamingItsStatus() {
        Job job = stored(aVideoJob().createdAt(T0).started().succeed(T0.plusSeconds(30)));
        updatesApplyTo(job);

        var json = assertProblem(mvc.delete().uri("/api/v1/jobs/" + job.id()).exchange(), ProblemType.JOB_FINISHED);
        json.extractingPath("$.detail").asString().contains("succeeded");
        json.extractingPath("$.jobStatus").isEqualTo("succeeded");
    }

    @Test
    void anotherTenantsJobIsNotFoundAndNotCanceled() {
        Job job = stored(aVideoJob().tenant("someone-else").createdAt(T0).build());

        assertProblem(mvc.get().uri("/api/v1/jobs/" + job.id()).exchange(), ProblemType.JOB_NOT_FOUND);
        assertProblem(mvc.delete().uri("/api/v1/jobs/" + job.id()).exchange(), ProblemType.JOB_NOT_FOUND);
        verifyNoInteractions(tracker);
    }

    @Test
    void retryingAFailedRenderSendsTheRenderAgainFromTheStoredProductAndScript() {
        var product = Products.aProduct(List.of("https://shop.example/a.jpg"));
        var script = Products.aScript(1);
        Job failed = stored(aVideoJob().createdAt(T0).started().withProduct(product, T0)
                .startStage(JobStatus.SCRIPTING, 1, T0).withScript(script, T0).startStage(JobStatus.RENDERING, 1, T0)
                .fail(new JobError(ErrorCode.RENDER_FAILED, "The encoder failed.", JobStatus.RENDERING, 3, T0), T0));
        updatesApplyTo(failed);

        var json = assertThat(mvc.post().uri("/api/v1/jobs/" + failed.id() + "/retry").exchange())
                .hasStatus(202).bodyJson();

        json.extractingPath("$.status").isEqualTo("queued"); // back in the render stage's queue, no worker yet
        json.extractingPath("$.stage").isEqualTo("rendering");
        var delivery = org.mockito.ArgumentCaptor.forClass(io.reelforge.common.pipeline.StageDelivery.class);
        verify(tracker).send(delivery.capture());
        var message = delivery.getValue().message();
        assertThat(delivery.getValue().topic()).isEqualTo(io.reelforge.common.message.Topics.RENDER_REQUESTS);
        assertThat(message.attempt()).isEqualTo(2);
        assertThat(message.payload()).isEqualTo(
                new io.reelforge.common.message.RenderRequest(product, script, failed.request().options()));
    }

    @Test
    void aJobInAStageNoWorkerHasClaimedSaysItIsWaitingAndSinceWhen() {
        Job job = stored(aVideoJob().createdAt(T0).in(JobStatus.SCRIPTING));

        var json = assertThat(mvc.get().uri("/api/v1/jobs/" + job.id()).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.status").isEqualTo("queued");
        json.extractingPath("$.stage").isEqualTo("scripting");
        json.extractingPath("$.waitingSince").isEqualTo(job.history().getLast().enteredAt().toString());
    }

    @Test
    void aClaimedJobIsNotWaiting() {
        Job job = stored(aVideoJob().createdAt(T0).in(JobStatus.SCRIPTING)
                .claim(JobStatus.SCRIPTING, "script-worker@host:1/ab", 1, T0.plusSeconds(5)));

        var json = assertThat(mvc.get().uri("/api/v1/jobs/" + job.id()).exchange()).hasStatusOk().bodyJson();
        json.extractingPath("$.waitingSince").isNull();
    }

    @Test
    void retryingARunningOrSucceededJobIsAConflict() {
        Job running = stored(aVideoJob().createdAt(T0).in(JobStatus.SCRIPTING));
        Job succeeded = stored(aVideoJob().createdAt(T0).started().succeed(T0.plusSeconds(30)));
        updatesApplyTo(running);
        updatesApplyTo(succeeded);

        assertProblem(mvc.post().uri("/api/v1/jobs/" + running.id() + "/retry").exchange(),
                ProblemType.JOB_NOT_RETRYABLE).extractingPath("$.jobStatus").isEqualTo("scripting");
        assertProblem(mvc.post().uri("/api/v1/jobs/" + succeeded.id() + "/retry").exchange(),
                ProblemType.JOB_NOT_RETRYABLE).extractingPath("$.jobStatus").isEqualTo("succeeded");
    }
}
