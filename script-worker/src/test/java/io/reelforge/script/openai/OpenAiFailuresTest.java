package io.reelforge.script.openai;

import static io.reelforge.script.openai.Answers.AURORA;
import static io.reelforge.script.openai.Answers.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.common.testing.FakeOpenAiServer;
import io.reelforge.script.write.WrittenScript;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the model's service failing shows on the job: at once for a bad key, after retries for an outage. */
class OpenAiFailuresTest {

    private static final String RATE_LIMITED = """
            {"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    private final FakeOpenAiServer openAi = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        openAi.close();
    }

    private WrittenScript write(int maxRetries) {
        try (var writer = Answers.writer(openAi, maxRetries)) {
            return writer.write(AURORA, JobOptions.defaults());
        }
    }

    @Test
    void aRejectedKeyFailsTheJobAtOnceWithoutRetriesAndWithoutTheKey() {
        openAi.enqueueChatError(401);

        assertThatThrownBy(() -> write(2)).isInstanceOfSatisfying(PermanentJobFailure.class,
                        f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_AUTH_FAILED))
                .hasMessageContaining("The language model refused the API key: check OPENAI_API_KEY")
                .hasMessageNotContaining(KEY)
                .hasNoCause();
        assertThat(openAi.chatRequests()).hasSize(1);
    }

    @Test
    void aForbiddenKeyIsAnAuthFailureToo() {
        openAi.enqueueChatError(403);

        assertThatThrownBy(() -> write(2)).isInstanceOfSatisfying(PermanentJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_AUTH_FAILED));
        assertThat(openAi.chatRequests()).hasSize(1);
    }

    @Test
    void aRateLimitIsRetriedAfterTheServersRetryAfter() {
        openAi.enqueueChatError(429, RATE_LIMITED, Map.of("Retry-After", "1"));

        assertThat(write(1).script().scenes()).isNotEmpty();

        var requests = openAi.chatRequests();
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesIsLlmUnavailable() {
        for (int i = 0; i < 2; i++) {
            openAi.enqueueChatError(429, RATE_LIMITED, Map.of("Retry-After", "0"));
        }

        assertThatThrownBy(() -> write(1)).isInstanceOfSatisfying(TransientJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE))
                .hasMessageContaining("429, rate_limit_exceeded");
        assertThat(openAi.chatRequests()).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedThenLlmUnavailable() {
        for (int i = 0; i < 2; i++) {
            openAi.enqueueChatError(500);
        }

        assertThatThrownBy(() -> write(1)).isInstanceOfSatisfying(TransientJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE)).hasMessageContaining("HTTP 500");
        assertThat(openAi.chatRequests()).hasSize(2);
    }

    @Test
    void aServerErrorFollowedByAnAnswerIsNotAFailure() {
        openAi.enqueueChatError(503);

        assertThat(write(1).script().scenes()).isNotEmpty();
    }

    @Test
    void anExhaustedQuotaIsPermanent() {
        openAi.enqueueChatError(429, """
                {"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,\
                "code":"insufficient_quota"}}""", Map.of());

        assertThatThrownBy(() -> write(0)).isInstanceOfSatisfying(PermanentJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE)).hasMessageContaining("quota");
    }

    @Test
    void aModelSlowerThanTheConfiguredTimeoutIsLlmUnavailable() {
        openAi.enqueueSlowChatReply(Duration.ofSeconds(5));

        try (var writer = Answers.writer(openAi, "gpt-4o", 0.7, 0, Duration.ofMillis(500),
                new SimpleMeterRegistry())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> writer.write(AURORA, JobOptions.defaults()))
                    .isInstanceOfSatisfying(TransientJobFailure.class,
                            f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE))
                    .hasMessageContaining("timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void anUnreachableServerIsLlmUnavailable() {
        openAi.close(); // nothing listens on its port any more

        assertThatThrownBy(() -> write(0)).isInstanceOfSatisfying(TransientJobFailure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE));
    }
}
