package io.reelforge.gateway.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.reelforge.gateway.GatewayProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which languages the gateway accepts, by configuration, and by default as the script worker's engine decides. */
class ScriptLanguagesTest {

    private static ScriptLanguages configured(MockEnvironment environment, String... languages) {
        return new ScriptLanguages(properties(List.of(languages)), environment);
    }

    private static void submit(ScriptLanguages languages, String language) {
        languages.check(JobKind.VIDEO, JobRequest.forUrl("https://shop.example/p", new JobOptions(30, language, null)));
    }

    @Test
    void byDefaultOnlyTheOfflineWritersLanguagesAreAcceptedWithoutALanguageModel() {
        ScriptLanguages auto = configured(new MockEnvironment(), "auto");

        assertThatCode(() -> submit(auto, "fr-CA")).doesNotThrowAnyException();
        assertThatThrownBy(() -> submit(auto, "zh-Hant-TW")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void byDefaultAnyLanguageIsAcceptedWhenALanguageModelIsConfigured() {
        ScriptLanguages auto = configured(new MockEnvironment().withProperty("OPENAI_API_KEY", "sk-test"), "auto");

        assertThatCode(() -> submit(auto, "zh-Hant-TW")).doesNotThrowAnyException();
    }

    @Test
    void anExplicitListOrAStarDecidesWhateverTheEnvironment() {
        MockEnvironment withKey = new MockEnvironment().withProperty("OPENAI_API_KEY", "sk-test");

        assertThatThrownBy(() -> submit(configured(withKey, "en"), "de")).isInstanceOf(InvalidFieldException.class);
        assertThatCode(() -> submit(configured(new MockEnvironment(), "*"), "zh-Hant-TW")).doesNotThrowAnyException();
    }

    private static GatewayProperties properties(List<String> scriptLanguages) {
        return new GatewayProperties(Duration.ofSeconds(2), 20, 100, null,
                new GatewayProperties.Idempotency(Duration.ofHours(24), Duration.ofSeconds(60)),
                new GatewayProperties.Limits(120, 60, 200), Duration.ofMinutes(30),
                new GatewayProperties.Webhooks(List.of(Duration.ZERO), 0.1, Duration.ofSeconds(15),
                        Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofHours(24), true,
                        Duration.ofSeconds(5)),
                Duration.ofSeconds(15), org.springframework.util.unit.DataSize.ofMegabytes(1),
                new GatewayProperties.Cors(List.of(), Duration.ofMinutes(30)),
                new GatewayProperties.Availability(Duration.ofSeconds(5), Duration.ofMillis(800), Duration.ofSeconds(1),
                        Duration.ofSeconds(1)), GatewayProperties.Batches.defaults(), scriptLanguages,
                Duration.ofSeconds(15), GatewayProperties.Images.defaults());
    }
}
