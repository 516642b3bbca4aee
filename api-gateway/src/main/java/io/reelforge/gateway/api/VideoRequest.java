package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.JobRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
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
        @Schema(description = LANGUAGE_DESCRIPTION, example = "en")
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE) @Nullable String language,
        @Schema(description = "Tone of the narration", example = "energetic")
        @Pattern(regexp = TONE, message = TONE_MESSAGE) @Nullable String tone,
        @Schema(description = "Who the video speaks to, in a few words", example = "busy parents")
        @Size(max = MAX_AUDIENCE_LENGTH) @Pattern(regexp = AUDIENCE, message = AUDIENCE_MESSAGE) @Nullable String audience,
        @Schema(description = "The closing line to say, instead of one the writer chooses", example = "Order yours today.")
        @Size(max = MAX_CALL_TO_ACTION_LENGTH) @Nullable String callToAction,
        @Schema(description = "The most scenes the script may have; the writer chooses when absent", minimum = "1",
                maximum = "12")
        @Min(value = 1, message = MAX_SCENES_MESSAGE) @Max(value = MAX_SCENES, message = MAX_SCENES_MESSAGE)
        @Nullable Integer maxScenes,
        @Schema(description = FORMAT_DESCRIPTION, example = "1:1")
        @KnownVideoFormat @Nullable String format,
        @Schema(description = CAPTIONS_DESCRIPTION, example = "true") @Nullable Boolean captions,
        @Schema(description = MUSIC_URL_DESCRIPTION, example = "https://cdn.shop.example/music/bed.mp3")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String musicUrl,
        @Schema(description = VOICE_DESCRIPTION, example = "nova")
        @Pattern(regexp = VOICE, message = VOICE_MESSAGE) @Nullable String voice,
        @Schema(description = NARRATION_DESCRIPTION, example = "voice", allowableValues = {"voice", "none"})
        @Pattern(regexp = NARRATION, message = NARRATION_MESSAGE) @Nullable String narration,
        @Schema(description = CAPTION_STYLE_DESCRIPTION, example = "highlight", allowableValues = {"highlight", "plain"})
        @Pattern(regexp = CAPTION_STYLE, message = CAPTION_STYLE_MESSAGE) @Nullable String captionStyle,
        @Schema(description = BRAND_DESCRIPTION) @Valid @Nullable BrandInput brand,
        @Schema(description = "Where to send this job's signed webhooks (job.succeeded, job.failed, job.canceled, and the"
                + " opt-in job.progress);"
                + " without it, the tenant's default webhook URL if set")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String callbackUrl,
        @Schema(description = "Opt-in webhook events besides the final ones, e.g. [\"job.progress\"]; without it,"
                + " the tenant's default")
        @Size(max = MAX_WEBHOOK_EVENTS)
        @Nullable List<@NotNull @Pattern(regexp = WEBHOOK_EVENT, message = WEBHOOK_EVENT_MESSAGE) String> webhookEvents) {

    public JobRequest toJobRequest() {
        return JobRequest.forUrl(url.strip(), options(durationSeconds, language, tone, audience, callToAction, maxScenes,
                format, captions, musicUrl, voice, narration, captionStyle, brand));
    }
}
