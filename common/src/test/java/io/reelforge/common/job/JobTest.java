package io.reelforge.common.job;

import static io.reelforge.common.testing.JobBuilder.aJob;
import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.testing.Products;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {

    private static final Instant LATER = Instant.parse("2026-01-01T00:01:00Z");

    @Test
    void eachKindEntersAtItsFirstStage() {
        assertThat(aVideoJob().build().firstStage()).isEqualTo(JobStatus.SCRAPING);
        assertThat(aJob(JobKind.SCRAPE).build().firstStage()).isEqualTo(JobStatus.SCRAPING);
        assertThat(aJob(JobKind.SCRIPT).keyword("coffee").build().firstStage()).isEqualTo(JobStatus.SCRIPTING);
        assertThat(aJob(JobKind.RENDER).product(Products.aProduct(List.of())).build().firstStage())
                .isEqualTo(JobStatus.SCRIPTING);
        assertThat(aJob(JobKind.RENDER).product(Products.aProduct(List.of())).script(Products.aScript(2)).build()
                .firstStage()).isEqualTo(JobStatus.RENDERING);
    }

    @Test
    void eachKindEndsAfterItsLastStage() {
        assertThat(Pipeline.after(JobKind.SCRAPE, JobStatus.SCRAPING)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(Pipeline.after(JobKind.SCRIPT, JobStatus.SCRIPTING)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(Pipeline.after(JobKind.RENDER, JobStatus.SCRIPTING)).isEqualTo(JobStatus.RENDERING);
        assertThat(Pipeline.after(JobKind.VIDEO, JobStatus.SCRAPING)).isEqualTo(JobStatus.SCRIPTING);
        assertThat(Pipeline.after(JobKind.VIDEO, JobStatus.RENDERING)).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void aStageCannotStartTwice() {
        Job scraping = aVideoJob().started();
        assertThatThrownBy(() -> scraping.startStage(JobStatus.SCRAPING, 1, LATER))
                .isInstanceOf(IllegalJobTransitionException.class)
                .hasMessageContaining("scraping").hasMessageContaining("scraping");
    }

    @Test
    void aJobCannotGoBackToAnEarlierStage() {
        Job rendering = aVideoJob().in(JobStatus.RENDERING);
        assertThatThrownBy(() -> rendering.startStage(JobStatus.SCRIPTING, 1, LATER))
                .isInstanceOf(IllegalJobTransitionException.class)
                .hasMessageContaining("from rendering to scripting");
    }

    @Test
    void aKindCannotEnterAStageItDoesNotRun() {
        Job scrape = aJob(JobKind.SCRAPE).started();
        assertThatThrownBy(() -> scrape.startStage(JobStatus.SCRIPTING, 1, LATER))
                .isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void aCanceledJobCannotBeRevived() {
        Job canceled = aVideoJob().started().cancel(LATER);
        assertThatThrownBy(() -> canceled.startStage(JobStatus.SCRIPTING, 1, LATER))
                .isInstanceOf(IllegalJobTransitionException.class);
        assertThatThrownBy(() -> canceled.succeed(LATER)).isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void changesLeaveTheVersionToTheStore() {
        Job queued = aVideoJob().build();
        Job started = queued.startStage(JobStatus.SCRAPING, 1, LATER);
        Job progressed = started.stageProgress(0.5, LATER);
        assertThat(List.of(queued.version(), started.version(), progressed.version())).containsExactly(0L, 0L, 0L);
        assertThat(progressed.withVersion(7).version()).isEqualTo(7);
    }

    @Test
    void historyRecordsEachStageStartAndEnd() {
        Job job = aVideoJob().started();
        Instant t1 = LATER;
        Instant t2 = LATER.plusSeconds(5);
        job = job.startStage(JobStatus.SCRIPTING, 1, t1).startStage(JobStatus.RENDERING, 1, t2).succeed(t2.plusSeconds(9));
        assertThat(job.history()).extracting(StageRun::stage)
                .containsExactly(JobStatus.SCRAPING, JobStatus.SCRIPTING, JobStatus.RENDERING);
        assertThat(job.history()).allSatisfy(run -> assertThat(run.endedAt()).isNotNull());
        assertThat(job.history().get(1).endedAt()).isEqualTo(t2);
    }

    @Test
    void progressNeverGoesDownAndReachesHundredOnlyOnSuccess() {
        Job job = aVideoJob().started().stageProgress(0.8, LATER);
        int high = job.progress();
        job = job.stageProgress(0.2, LATER);
        assertThat(job.progress()).isEqualTo(high);
        job = job.startStage(JobStatus.SCRIPTING, 1, LATER).startStage(JobStatus.RENDERING, 1, LATER)
                .stageProgress(1.0, LATER);
        assertThat(job.progress()).isLessThan(100);
        assertThat(job.succeed(LATER).progress()).isEqualTo(100);
    }

    @Test
    void aFailedJobKeepsItsError() {
        JobError error = new JobError(ErrorCode.PAGE_NOT_FOUND, "The page answered 404.", JobStatus.SCRAPING, 1, LATER);
        Job failed = aVideoJob().started().fail(error, LATER);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).isEqualTo(error);
    }

    @Test
    void aClaimEntersTheStageAndNamesTheWorker() {
        Job claimed = aVideoJob().build().claim(JobStatus.SCRAPING, "scraper-1", 1, LATER);
        assertThat(claimed.status()).isEqualTo(JobStatus.SCRAPING);
        assertThat(claimed.currentRun().worker()).isEqualTo("scraper-1");
        assertThat(claimed.currentRun().claimedAt()).isEqualTo(LATER);
    }

    @Test
    void aRepeatedClaimOfTheCurrentStageKeepsTheAbandonedRunInTheHistoryAsLost() {
        // regression: the history used to keep only the last worker's run, so crashed runs vanished
        Job job = aVideoJob().build().claim(JobStatus.SCRAPING, "scraper-1", 1, LATER)
                .claim(JobStatus.SCRAPING, "scraper-2", 1, LATER.plusSeconds(30));
        assertThat(job.history()).extracting(StageRun::worker, StageRun::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scraper-1", RunOutcome.LOST),
                org.assertj.core.groups.Tuple.tuple("scraper-2", null));
        assertThat(job.currentRun().worker()).isEqualTo("scraper-2");
        assertThat(job.leaseHolder()).isEqualTo("scraper-2/1");
    }

    @Test
    void aStageNoWorkerHasClaimedReadsAsQueuedInThatStage() {
        Job entered = aVideoJob().started();
        assertThat(entered.waiting()).isTrue();
        assertThat(entered.visibleStatus()).isEqualTo(JobStatus.QUEUED);
        assertThat(entered.leaseHolder()).isNull();

        Job claimed = entered.claim(JobStatus.SCRAPING, "scraper-1", 1, LATER);
        assertThat(claimed.waiting()).isFalse();
        assertThat(claimed.visibleStatus()).isEqualTo(JobStatus.SCRAPING);
    }

    @Test
    void aRedriveRecordsTheLostRunAndWaitsForAWorkerWithTheNextAttempt() {
        Job redriven = aVideoJob().build().claim(JobStatus.SCRAPING, "scraper-1", 1, LATER).redrive(LATER.plusSeconds(40));
        assertThat(redriven.attempt()).isEqualTo(2);
        assertThat(redriven.status()).isEqualTo(JobStatus.SCRAPING);
        assertThat(redriven.waiting()).isTrue();
        assertThat(redriven.history()).extracting(StageRun::outcome, StageRun::attempt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RunOutcome.LOST, 1),
                org.assertj.core.groups.Tuple.tuple(null, 2));
        assertThat(redriven.lostRuns(JobStatus.SCRAPING)).isEqualTo(1);
    }

    @Test
    void aHandBackRecordsTheRunAsHandedBackAndWaitsForAWorkerWithTheNextAttemptWithoutCountingItLost() {
        Job handed = aVideoJob().build().claim(JobStatus.SCRAPING, "scraper-1", 1, LATER).handBack(LATER.plusSeconds(5));
        assertThat(handed.attempt()).isEqualTo(2);
        assertThat(handed.status()).isEqualTo(JobStatus.SCRAPING);
        assertThat(handed.waiting()).isTrue();
        assertThat(handed.leaseHolder()).isNull();
        assertThat(handed.history()).extracting(StageRun::worker, StageRun::outcome, StageRun::attempt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scraper-1", RunOutcome.HANDED_BACK, 1),
                org.assertj.core.groups.Tuple.tuple(null, null, 2));
        assertThat(handed.lostRuns(JobStatus.SCRAPING)).isZero();
    }

    @Test
    void onlyARunAWorkerHoldsCanBeHandedBack() {
        Job waiting = aVideoJob().started();
        assertThatThrownBy(() -> waiting.handBack(LATER)).isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void everyEndedRunSaysHowItEnded() {
        Job done = aVideoJob().build().claim(JobStatus.SCRAPING, "s", 1, LATER)
                .startStage(JobStatus.SCRIPTING, 1, LATER).claim(JobStatus.SCRIPTING, "w", 1, LATER)
                .startStage(JobStatus.RENDERING, 1, LATER).claim(JobStatus.RENDERING, "m", 1, LATER).succeed(LATER);
        assertThat(done.history()).extracting(StageRun::outcome).containsOnly(RunOutcome.COMPLETED);
        Job canceled = aVideoJob().build().claim(JobStatus.SCRAPING, "s", 1, LATER).cancel(LATER);
        assertThat(canceled.history().getLast().outcome()).isEqualTo(RunOutcome.CANCELED);
    }

    @Test
    void aStageBehindTheJobCannotBeClaimed() {
        Job scripting = aVideoJob().in(JobStatus.SCRIPTING);
        assertThatThrownBy(() -> scripting.claim(JobStatus.SCRAPING, "late", 1, LATER))
                .isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void aFailedRenderIsRetriedFromTheRenderKeepingTheProductAndScript() {
        Job rendering = aVideoJob().in(JobStatus.SCRAPING).withProduct(Products.aProduct(List.of()), LATER)
                .startStage(JobStatus.SCRIPTING, 1, LATER).withScript(Products.aScript(2), LATER)
                .startStage(JobStatus.RENDERING, 1, LATER);
        Job failed = rendering.fail(new JobError(ErrorCode.RENDER_FAILED, "The encoder failed.", JobStatus.RENDERING,
                3, LATER), LATER);

        Job retried = failed.retry(LATER.plusSeconds(1));

        assertThat(retried.status()).isEqualTo(JobStatus.RENDERING);
        assertThat(retried.attempt()).isEqualTo(2);
        assertThat(retried.error()).isNull();
        assertThat(retried.results()).isEqualTo(failed.results());
        assertThat(retried.history().getLast().stage()).isEqualTo(JobStatus.RENDERING);
        assertThat(retried.history().getLast().attempt()).isEqualTo(2);
        assertThat(retried.history()).hasSize(4);
    }

    @Test
    void aJobCanceledWhileQueuedIsRetriedFromItsFirstStage() {
        Job canceled = aVideoJob().build().cancel(LATER);

        Job retried = canceled.retry(LATER);

        assertThat(retried.status()).isEqualTo(JobStatus.SCRAPING);
        assertThat(retried.attempt()).isEqualTo(2);
    }

    @Test
    void aJobCanceledAfterScrapingResumesAtTheScript() {
        Job canceled = aVideoJob().started().withProduct(Products.aProduct(List.of()), LATER).cancel(LATER);

        assertThat(canceled.retry(LATER).status()).isEqualTo(JobStatus.SCRIPTING);
    }

    @Test
    void onlyAFailedOrCanceledJobCanBeRetried() {
        assertThatThrownBy(() -> aVideoJob().started().retry(LATER)).isInstanceOf(IllegalJobTransitionException.class);
        assertThatThrownBy(() -> aVideoJob().build().retry(LATER)).isInstanceOf(IllegalJobTransitionException.class);
        Job succeeded = aJob(JobKind.SCRAPE).started().withProduct(Products.aProduct(List.of()), LATER).succeed(LATER);
        assertThatThrownBy(() -> succeeded.retry(LATER)).isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void aJobStartsAtItsFirstAttempt() {
        assertThat(aVideoJob().build().attempt()).isEqualTo(Job.FIRST_ATTEMPT);
    }

    @Test
    void aStagesProgressNoteIsKeptUntilTheStageEnds() {
        Job job = aVideoJob().in(JobStatus.RENDERING).stageProgress(0.5, "rendering 450/900 frames", LATER);
        assertThat(job.progressDetail()).isEqualTo("rendering 450/900 frames");
        assertThat(job.withArtifacts(List.of(), LATER).progressDetail()).isEqualTo("rendering 450/900 frames");
        assertThat(job.succeed(LATER).progressDetail()).isNull();
    }
}
