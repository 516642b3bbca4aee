package io.reelforge.script.stage;

import static io.reelforge.common.testing.JobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.common.testing.Products;
import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.script.ScriptWorkerApplication;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The worker with the OpenAI engine, pointed at a local server that speaks the OpenAI API. */
@SpringBootTest(classes = ScriptWorkerApplication.class, properties = {
        "spring.config.name=script-worker", "spring.application.name=script-worker",
        // one consumer: no rebalance among the container's own consumers mid-test (it resets retry counts)
        "reelforge.script.concurrency=1",
        "reelforge.script.engine=openai", "reelforge.script.openai.api-key=sk-test-key",
        "reelforge.script.openai.max-retries=0"})
@DirtiesContext // another test context joins the same consumer group with the template engine
class ScriptWorkerOpenAiTest {

    private static final FakeOpenAiServer openAi = FakeOpenAiServer.start();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.script.openai.base-url", openAi::baseUrl);
    }

    @AfterAll
    static void stop() {
        openAi.close();
    }

    @Autowired
    private JobTracker tracker;

    private StageJobs jobs() {
        return new StageJobs(tracker);
    }

    private long requestsAbout(String text) {
        return openAi.chatRequests().stream().filter(r -> r.body().contains(text)).count();
    }

    @Test
    void aScriptJobIsWrittenByTheModel() {
        var product = Products.aProduct(List.of("https://shop.example/a.jpg", "https://shop.example/b.jpg",
                "https://shop.example/c.jpg"));
        Job job = jobs().submit(aJob(JobKind.SCRIPT).product(product).build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.results().script().scenes()).extracting(scene -> scene.imageIndex()).containsExactly(0, 1, 2);
        assertThat(requestsAbout("Aurora Ceramic Pour-Over Set")).isEqualTo(1);
    }

    @Test
    void theTokensTheModelSpentAreRecordedOnTheJobBesideTheScript() {
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword("token counted kettle").build());

        Job done = jobs().afterScripting(job);

        assertThat(done.status()).as("error: %s", done.error()).isEqualTo(JobStatus.SUCCEEDED);
        // the fake server bills every answer 10 prompt + 10 completion tokens
        assertThat(done.results().scriptUsage()).isEqualTo(new TokenUsage("gpt-4o", 10, 10, 1));
    }

    @Test
    void aRejectedKeyFailsTheJobWithLlmAuthFailed() {
        openAi.enqueueChatError(401);
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword("rejected key kettle").build());

        Job failed = jobs().afterScripting(job);

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code().code()).isEqualTo("llm_auth_failed");
        assertThat(failed.error().message()).contains("OPENAI_API_KEY").doesNotContain("sk-test-key");
        assertThat(requestsAbout("rejected key kettle")).isEqualTo(1);
    }

    @Test
    void aModelThatKeepsFailingFailsTheJobWithLlmUnavailableAfterTheRetries() {
        for (int i = 0; i < 3; i++) {
            openAi.enqueueChatError(503);
        }
        Job job = jobs().submit(aJob(JobKind.SCRIPT).keyword("unavailable kettle").build());

        Job failed = jobs().afterScripting(job);

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().code().code()).isEqualTo("llm_unavailable");
        assertThat(requestsAbout("unavailable kettle")).isEqualTo(3);
    }
}
