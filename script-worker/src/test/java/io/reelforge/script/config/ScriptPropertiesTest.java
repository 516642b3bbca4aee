package io.reelforge.script.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.script.config.ScriptProperties.Engine;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.junit.jupiter.api.Test;

class ScriptPropertiesTest {

    private static ScriptProperties.OpenAi openAi(String key) {
        return new ScriptProperties.OpenAi(key, "", "", 0.7, Duration.ofSeconds(60), 2);
    }

    @Test
    void autoUsesTheModelOnlyWhenAKeyIsPresent() {
        assertThat(new ScriptProperties(Engine.AUTO, openAi("sk-x"), 3).usesOpenAi()).isTrue();
        assertThat(new ScriptProperties(Engine.AUTO, openAi(""), 3).usesOpenAi()).isFalse();
        assertThat(new ScriptProperties(Engine.AUTO, openAi(null), 3).usesOpenAi()).isFalse();
    }

    @Test
    void templateNeverUsesTheModel() {
        assertThat(new ScriptProperties(Engine.TEMPLATE, openAi("sk-x"), 3).usesOpenAi()).isFalse();
    }

    @Test
    void openaiWithoutAKeyFailsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new ScriptProperties(Engine.OPENAI, openAi(" "), 3).usesOpenAi())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENAI_API_KEY");
    }

    private static ScriptProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("reelforge.script",
                ScriptProperties.class);
    }

    @Test
    void theDefaultsWorkOffline() {
        ScriptProperties defaults = bind(Map.of());

        assertThat(defaults.engine()).isEqualTo(Engine.AUTO);
        assertThat(defaults.usesOpenAi()).isFalse();
        assertThat(defaults.openai().model()).isEqualTo("gpt-4o");
        assertThat(defaults.openai().maxRetries()).isEqualTo(2);
    }

    @Test
    void anEmptyTemperatureIsLeftToTheModel() {
        assertThat(bind(Map.of("reelforge.script.openai.temperature", "")).openai().temperature()).isNull();
    }

    @Test
    void blankUrlAndModelMeanTheDefaults() {
        assertThat(openAi("k").baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(openAi("k").model()).isEqualTo("gpt-4o");
    }

    @Test
    void theKeyNeverAppearsInTheSettingsText() {
        assertThat(openAi("sk-secret-123").toString()).doesNotContain("sk-secret-123").contains("apiKey=(set)");
    }
}
