package io.reelforge.script.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the script worker, under {@code reelforge.script}. The defaults work offline: without an API key the
 * templates write the script.
 *
 * @param engine which writer to use; {@code auto} picks the model when an API key is present
 * @param openai how to reach the chat model
 * @param concurrency scripts written at once by one worker, each on its own consumer thread and partition (at most
 *        {@code reelforge.kafka.partitions}): a slow model answer holds one of them, the others go on
 */
@Validated
@ConfigurationProperties("reelforge.script")
public record ScriptProperties(
        @NotNull @DefaultValue("auto") Engine engine,
        @Valid @NotNull @DefaultValue OpenAi openai,
        @Min(1) @Max(64) @DefaultValue(DEFAULT_CONCURRENCY) int concurrency) {

    /** Writing a script mostly waits on the language model: a few at once keep a worker busy. */
    public static final String DEFAULT_CONCURRENCY = "3";

    public enum Engine { AUTO, OPENAI, TEMPLATE }

    /** Whether scripts come from the chat model; fails the start when the model is asked for without a key. */
    public boolean usesOpenAi() {
        return switch (engine) {
            case AUTO -> openai.hasApiKey();
            case TEMPLATE -> false;
            case OPENAI -> {
                if (!openai.hasApiKey()) {
                    throw new IllegalStateException("reelforge.script.engine is openai but no API key is set:"
                            + " set the environment variable OPENAI_API_KEY, or use engine auto or template");
                }
                yield true;
            }
        };
    }

    /**
     * @param apiKey bound from the environment variable {@code OPENAI_API_KEY} only; kept out of {@link #toString()}
     * @param baseUrl any OpenAI-compatible endpoint ({@code OPENAI_BASE_URL})
     * @param model the chat model, {@value #DEFAULT_MODEL} as in the original system
     * @param temperature sampling temperature (script-worker.yml: 0.7); unset or empty leaves it to the model,
     *        as reasoning models require
     * @param maxRetries the client's own retries of 408, 409, 429, 5xx and connection errors, before the job's
     *        stage is retried by Kafka
     */
    public record OpenAi(
            @Nullable String apiKey,
            @DefaultValue(DEFAULT_BASE_URL) String baseUrl,
            @DefaultValue(DEFAULT_MODEL) String model,
            @DecimalMin("0.0") @DecimalMax("2.0") @Nullable Double temperature,
            @NotNull @DefaultValue("60s") Duration timeout,
            @Min(0) @Max(10) @DefaultValue("2") int maxRetries) {

        public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
        public static final String DEFAULT_MODEL = "gpt-4o";

        public OpenAi {
            // an exported but empty variable means "not set", not "an empty URL"
            baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
            model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        }

        public boolean hasApiKey() {
            return apiKey != null && !apiKey.isBlank();
        }

        @Override
        public String toString() {
            return "OpenAi[apiKey=" + (hasApiKey() ? "(set)" : "(none)") + ", baseUrl=" + baseUrl + ", model=" + model
                    + ", temperature=" + temperature + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
        }
    }
}
