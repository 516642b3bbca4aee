package io.reelforge.script.stage;

import static io.reelforge.common.testing.JobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.script.ScriptWorkerApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The worker offline (templates) on a real Kafka broker and a real Redis. */
@SpringBootTest(classes = ScriptWorkerApplication.class, properties = {
        "spring.config.name=script-worker", "spring.application.name=script-worker",
        // one consumer: no rebalance among the container's own consumers mid-test (it resets retry counts)
        "reelforge.script.concurrency=1",
        "reelforge.script.engine=template"})
@DirtiesContext // another test context joins the same consumer group with the OpenAI engine
class ScriptWorkerTest {

    private static final ProductDetails AURORA = Products.aProduct(List.of("https://shop.example/a.jpg",
            "https://shop.example/b.jpg"));

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
    }

    @Autowired
    private JobTracker tracker;

    private StageJobs jobs() {
        return new StageJobs(tracker);
    }

    @Test
    void aScriptJobFromAKeywordSucceedsWithItsScript() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword("french press").build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.results().script().narration()).contains("french press");
        assertThat(done.history()).singleElement().satisfies(run -> assertThat(run.worker()).startsWith("script-worker@"));
    }

    @Test
    void aScriptFromTheOfflineWriterRecordsNoTokenUsage() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword("milk frother").build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.results().script()).isNotNull();
        assertThat(done.results().scriptUsage()).isNull();
    }

    @Test
    void aScriptJobFromProductDetailsSucceedsWithItsScript() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).product(AURORA).build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.results().script().title()).isEqualTo(AURORA.title());
        assertThat(done.results().script().narration()).contains("49 dollars");
    }

    @Test
    void aRenderJobMovesOnToRenderingWithItsProductAndScript() {
        Job job = jobs().submit(aJob(JobKind.RENDER).product(AURORA).build());

        Job scripted = jobs().afterScripting(job);
        var message = jobs().renderRequestOf(job);

        assertThat(scripted.status()).as("error: %s", scripted.error()).isEqualTo(JobStatus.RENDERING);
        assertThat(message.payload()).isInstanceOfSatisfying(RenderRequest.class, render -> {
            assertThat(render.product()).isEqualTo(AURORA);
            assertThat(render.script()).isEqualTo(scripted.results().script());
        });
    }

    @Test
    void aJobWithNothingToWriteAboutFailsAtOnce() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword(" ").build());

        Job failed = jobs().afterScripting(job);

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code().code()).isEqualTo("script_invalid");
        assertThat(failed.error().attempts()).isEqualTo(1);
    }

    @Test
    void aLanguageTheOfflineWriterCannotWriteFailsTheJobWithLanguageUnsupported() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).product(AURORA)
                .options(new JobOptions(30, "zh-Hant-TW", null)).build());

        Job failed = jobs().afterScripting(job);

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCode.LANGUAGE_UNSUPPORTED);
        assertThat(failed.error().attempts()).as("not retried: another attempt writes no Chinese").isEqualTo(1);
        assertThat(failed.results().script()).isNull();
    }

    @Test
    void aScriptShorterThanItsDurationLeavesAWarningOnTheJob() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).product(AURORA).options(new JobOptions(180, "en", null)).build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.results().warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(JobWarning.Code.DURATION_SHORT);
            assertThat(warning.message()).contains("180 s asked for");
        });
        assertThat(done.results().script().warnings()).as("kept once, on the results").isEmpty();
    }
}
