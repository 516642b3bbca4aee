package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.JobRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/generate-script}, the original route: a script from a keyword or from product facts. */
@Schema(description = "Write a video script from a keyword or from product details (exactly one of them)")
@CrossFieldValid
public record GenerateScriptRequest(
        @Schema(description = "What the video is about, when there are no product details", example = "pour-over coffee set")
        @Size(max = MAX_KEYWORD_LENGTH) @Nullable String keyword,
        @Valid @Nullable ProductInput product,
        @Min(value = MIN_DURATION_SECONDS, message = DURATION_MESSAGE)
        @Max(value = MAX_DURATION_SECONDS, message = DURATION_MESSAGE) @Nullable Integer durationSeconds,
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE) @Nullable String language,
        @Pattern(regexp = TONE, message = TONE_MESSAGE) @Nullable String tone,
        @Schema(description = "Who the video speaks to, in a few words", example = "busy parents")
        @Size(max = MAX_AUDIENCE_LENGTH) @Pattern(regexp = AUDIENCE, message = AUDIENCE_MESSAGE) @Nullable String audience,
        @Schema(description = "The closing line to say, instead of one the writer chooses", example = "Order yours today.")
        @Size(max = MAX_CALL_TO_ACTION_LENGTH) @Nullable String callToAction,
        @Schema(description = "The most scenes the script may have; the writer chooses when absent", minimum = "1",
                maximum = "12")
        @Min(value = 1, message = MAX_SCENES_MESSAGE) @Max(value = MAX_SCENES, message = MAX_SCENES_MESSAGE)
        @Nullable Integer maxScenes,
        // render options are refused here, not silently dropped: a script job renders nothing
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String format,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable Boolean captions,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String musicUrl,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String voice,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String narration,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String captionStyle,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable Object brand,
        @Schema(description = "Where to send this job's signed webhooks (job.succeeded, job.failed, job.canceled, and the"
                + " opt-in job.progress);"
                + " without it, the tenant's default webhook URL if set")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String callbackUrl,
        @Schema(description = "Opt-in webhook events besides the final ones, e.g. [\"job.progress\"]; without it,"
                + " the tenant's default")
        @Size(max = MAX_WEBHOOK_EVENTS)
        @Nullable List<@NotNull @Pattern(regexp = WEBHOOK_EVENT, message = WEBHOOK_EVENT_MESSAGE) String> webhookEvents) implements CrossFieldChecked {

    @Override
    public List<FieldProblem> crossFieldProblems() {
        boolean hasKeyword = keyword != null && !keyword.isBlank();
        List<FieldProblem> problems = new ArrayList<>();
        if (hasKeyword && product != null) {
            String message = "give either a keyword or product details, not both";
            problems.add(new FieldProblem("keyword", message));
            problems.add(new FieldProblem("product", message));
        } else if (!hasKeyword && product == null) {
            problems.add(new FieldProblem("keyword", "a keyword or product details are required"));
        }
        return problems;
    }

    public JobRequest toJobRequest() {
        return new JobRequest(null, trimmed(keyword), product == null ? null : product.toDetails(), null,
                options(durationSeconds, language, tone, audience, callToAction, maxScenes, null, null, null, null,
                        null, null, null));
    }
}
