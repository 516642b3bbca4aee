package io.reelforge.common.job;

import static io.reelforge.common.testing.JobBuilder.aJob;
import static io.reelforge.common.testing.JobBuilder.aVideoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.testing.Products;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link JobStore} must have; each implementation's test extends this. */
public abstract class JobStoreContract {

    private static final Instant NOW = Instant.parse("2026-01-01T00:05:00Z");

    protected abstract JobStore store();

    private List<String> ids(String tenant, JobStatus state) {
        return store().list(tenant, new JobFilter(state, null), 0, 10).jobs().stream().map(Job::id).toList();
    }

    private static JobError failure(Job job) {
        return new JobError(ErrorCode.FETCH_FAILED, "the page failed", job.status(), 1, NOW);
    }

    @Test
    void aCreatedJobCanBeFound() {
        Job job = aVideoJob().build();
        store().create(job);
        assertThat(store().find(job.id())).contains(job);
    }

    @Test
    void creatingTheSameIdTwiceFails() {
        Job job = aVideoJob().build();
        store().create(job);
        assertThatThrownBy(() -> store().create(job)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThat(store().find("no-such-job")).isEmpty();
        assertThatThrownBy(() -> store().update("no-such-job", j -> j)).isInstanceOf(JobNotFoundException.class);
    }

    @Test
    void anUpdateIsSavedWithTheNextVersion() {
        Job job = aVideoJob().build();
        store().create(job);
        JobUpdate saved = store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
        assertThat(saved.changed()).isTrue();
        assertThat(saved.job().version()).isEqualTo(1);
        assertThat(store().find(job.id())).contains(saved.job());
    }

    @Test
    void aChangeThatChangesNothingSavesNothing() {
        Job job = aVideoJob().build();
        store().create(job);
        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
        JobUpdate same = store().update(job.id(), j -> j);
        assertThat(same.changed()).isFalse();
        assertThat(same.job().version()).isEqualTo(1);
        assertThat(store().changesSince(job.id(), 0)).hasSize(1);
    }

    @Test
    void aRejectedTransitionWritesNothing() {
        Job job = aVideoJob().build();
        store().create(job);
        store().update(job.id(), j -> j.cancel(NOW));
        assertThatThrownBy(() -> store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW)))
                .isInstanceOf(IllegalJobTransitionException.class);
        assertThat(store().find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        Job job = aVideoJob().build();
        store().create(job);
        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
        int writers = 8;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "writer " + w;
                tasks.add(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String detail = writer + ", write " + i; // each write changes the job
                        store().update(job.id(), j -> j.stageProgress(0.1, detail, NOW));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store().find(job.id()).orElseThrow().version()).isEqualTo(1 + (long) writers * perWriter);
    }

    @Test
    void onlyOneOfConcurrentStageClaimsWins() throws Exception {
        Job job = aVideoJob().build();
        store().create(job);
        int claimants = 6;
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                tasks.add(() -> {
                    try {
                        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
                        return true;
                    } catch (IllegalJobTransitionException lost) {
                        return false;
                    }
                });
            }
            int wins = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void listingIsNewestFirstAndPaged() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        // far in the future, so these are the newest jobs even in a shared store
        Instant base = Instant.now().plus(java.time.Duration.ofDays(3650));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Job j = aVideoJob().id(tag + "-" + i).createdAt(base.plusSeconds(i)).build();
            store().create(j);
            jobs.add(j);
        }
        JobListing firstPage = store().list("default", JobFilter.ALL, 0, 2);
        assertThat(firstPage.jobs()).extracting(Job::id).containsExactly(tag + "-2", tag + "-1");
        assertThat(store().list("default", JobFilter.ALL, 2, 1).jobs()).extracting(Job::id)
                .containsExactly(tag + "-0");
        assertThat(firstPage.total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void resultsSurviveTheRoundTrip() {
        Job job = aVideoJob().build();
        store().create(job);
        var product = Products.aProduct(List.of("https://shop.example/a.jpg"));
        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW).withProduct(product, NOW));
        assertThat(store().find(job.id()).orElseThrow().results().product()).isEqualTo(product);
    }

    @Test
    void listingShowsOnlyTheTenantsOwnJobs() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job own = aVideoJob().tenant(tenant).build();
        Job other = aVideoJob().tenant(tenant + "-other").build();
        store().create(own);
        store().create(other);

        JobListing listing = store().list(tenant, JobFilter.ALL, 0, 10);
        assertThat(listing.jobs()).extracting(Job::id).containsExactly(own.id());
        assertThat(listing.total()).isEqualTo(1);
        assertThat(store().list(tenant, new JobFilter(JobStatus.QUEUED, null), 0, 10).jobs()).extracting(Job::id)
                .containsExactly(own.id());
    }

    @Test
    void listingByStateShowsOnlyThatStateNewestFirstWithItsTotal() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Job job = aVideoJob().tenant(tenant).createdAt(NOW.plusSeconds(i)).build();
            store().create(job);
            if (i != 1) {
                store().update(job.id(), j -> j.fail(failure(j), NOW));
                failed.addFirst(job.id());
            }
        }

        JobListing firstPage = store().list(tenant, new JobFilter(JobStatus.FAILED, null), 0, 1);
        assertThat(firstPage.jobs()).extracting(Job::id).containsExactly(failed.getFirst());
        assertThat(firstPage.total()).isEqualTo(2);
        assertThat(store().list(tenant, new JobFilter(JobStatus.FAILED, null), 1, 5).jobs()).extracting(Job::id)
                .containsExactly(failed.getLast());
        assertThat(store().list(tenant, new JobFilter(JobStatus.SUCCEEDED, null), 0, 5).total()).isZero();
    }

    @Test
    void aJobIsListedUnderTheStateItIsInAfterEachSave() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job job = aVideoJob().tenant(tenant).build();
        store().create(job);

        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
        assertThat(ids(tenant, JobStatus.QUEUED)).as("waiting in the stage's queue: queued to clients")
                .containsExactly(job.id());
        store().update(job.id(), j -> j.claim(JobStatus.SCRAPING, "worker-1", 1, NOW));
        assertThat(ids(tenant, JobStatus.QUEUED)).isEmpty();
        assertThat(ids(tenant, JobStatus.SCRAPING)).containsExactly(job.id());
        store().update(job.id(), j -> j.fail(failure(j), NOW));
        assertThat(ids(tenant, JobStatus.SCRAPING)).isEmpty();
        assertThat(ids(tenant, JobStatus.FAILED)).containsExactly(job.id());
        store().update(job.id(), j -> j.retry(NOW));
        assertThat(ids(tenant, JobStatus.FAILED)).isEmpty();
        assertThat(ids(tenant, JobStatus.QUEUED)).containsExactly(job.id());
    }

    @Test
    void listingByKindAndStateShowsOnlyJobsWithBoth() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job video = aVideoJob().tenant(tenant).createdAt(NOW).build();
        Job failedVideo = aVideoJob().tenant(tenant).createdAt(NOW.plusSeconds(1)).build();
        Job failedScript = aJob(JobKind.SCRIPT).tenant(tenant).keyword("mug").createdAt(NOW.plusSeconds(2)).build();
        List.of(video, failedVideo, failedScript).forEach(store()::create);
        store().update(failedVideo.id(), j -> j.fail(failure(j), NOW));
        store().update(failedScript.id(), j -> j.fail(failure(j), NOW));

        JobListing failedVideos = store().list(tenant, new JobFilter(JobStatus.FAILED, JobKind.VIDEO), 0, 10);
        assertThat(failedVideos.jobs()).extracting(Job::id).containsExactly(failedVideo.id());
        assertThat(failedVideos.total()).isEqualTo(1);
        assertThat(store().list(tenant, new JobFilter(null, JobKind.VIDEO), 0, 10).jobs()).extracting(Job::id)
                .containsExactly(failedVideo.id(), video.id());
        assertThat(store().list(tenant, new JobFilter(JobStatus.FAILED, null), 0, 10).jobs()).extracting(Job::id)
                .containsExactly(failedScript.id(), failedVideo.id());
    }

    @Test
    void onlyUnfinishedJobsCountAsActiveAndARetriedJobCountsAgain() {
        String tenant = "t-" + java.util.UUID.randomUUID();
        Job queued = aVideoJob().tenant(tenant).build();
        Job toCancel = aVideoJob().tenant(tenant).build();
        store().create(queued);
        store().create(toCancel);
        assertThat(store().countActive(tenant)).isEqualTo(2);

        store().update(toCancel.id(), j -> j.cancel(NOW));
        assertThat(store().countActive(tenant)).isEqualTo(1);

        store().update(toCancel.id(), j -> j.retry(NOW));
        assertThat(store().countActive(tenant)).isEqualTo(2);
    }

    @Test
    void theAttemptSurvivesTheRoundTrip() {
        Job job = aVideoJob().build();
        store().create(job);
        store().update(job.id(), j -> j.cancel(NOW));
        store().update(job.id(), j -> j.retry(NOW));
        assertThat(store().find(job.id()).orElseThrow().attempt()).isEqualTo(2);
    }

    @Test
    void everySavedVersionIsLoggedAndCanBeReadAfterAGivenOne() {
        Job job = aVideoJob().build();
        store().create(job);
        store().update(job.id(), j -> j.startStage(JobStatus.SCRAPING, 1, NOW));
        store().update(job.id(), j -> j.stageProgress(0.5, NOW));
        store().update(job.id(), j -> j.cancel(NOW));

        assertThat(store().changesSince(job.id(), -1)).extracting(JobChange::version).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store().changesSince(job.id(), 1)).extracting(JobChange::status)
                .containsExactly(JobStatus.SCRAPING, JobStatus.CANCELED);
        assertThat(store().changesSince("no-such-job", -1)).isEmpty();
    }
}
