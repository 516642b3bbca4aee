package io.reelforge.common.job;

import org.jspecify.annotations.Nullable;

/** How the client wants the result: length, language and tone of the narration. */
public record JobOptions(int durationSeconds, String language, @Nullable String tone) {

    public static final int DEFAULT_DURATION_SECONDS = 30;
    public static final String DEFAULT_LANGUAGE = "en";

    public JobOptions {
        if (durationSeconds <= 0) {
            durationSeconds = DEFAULT_DURATION_SECONDS;
        }
        if (language == null || language.isBlank()) {
            language = DEFAULT_LANGUAGE;
        }
    }

    public static JobOptions defaults() {
        return new JobOptions(DEFAULT_DURATION_SECONDS, DEFAULT_LANGUAGE, null);
    }
}
