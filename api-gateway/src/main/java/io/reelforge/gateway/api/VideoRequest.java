package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.JobRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/videos}: a product page to turn into a narrated video ad. */
@Schema(description = "A product page to turn into a narrated video ad")
public record VideoRequest(
        @Schema(description = "The product page", example = "https://shop.example/products/aurora",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String url,
        @Schema(description = "Target length of the video in seconds", example = "30", minimum = "5", maximum = "180")
        @Min(value = MIN_DURATION_SECONDS, message = DURATION_MESSAGE)
        @Max(value = MAX_DURATION_SECONDS, message = DURATION_MESSAGE) @Nullable Integer durationSeconds,
        @Schema(description = "Language of the narration (BCP 47)", example = "en")
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE) @Nullable String language,
        @Schema(description = "Tone of the narration", example = "energetic")
        @Pattern(regexp = TONE, message = TONE_MESSAGE) @Nullable String tone,
        @Schema(description = "Where to send this job's signed webhooks (job.succeeded, job.failed, job.canceled);"
                + " without it, the tenant's default webhook URL if set")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String callbackUrl) {

    public JobRequest toJobRequest() {
        return JobRequest.forUrl(url.strip(), options(durationSeconds, language, tone));
    }
}
