package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.JobOptions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The options of a video, validated once for every request that makes videos: a batch's defaults and each of its
 * items' own. Every field may be absent; {@link #over} lets an item's options override the batch's field by field.
 */
@Schema(name = "VideoOptions", description = "How the video is made; every field is optional")
public record VideoOptions(
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
        @Schema(description = "The most scenes the script may have", minimum = "1", maximum = "12")
        @Min(value = 1, message = MAX_SCENES_MESSAGE) @Max(value = MAX_SCENES, message = MAX_SCENES_MESSAGE)
        @Nullable Integer maxScenes,
        @Schema(description = FORMAT_DESCRIPTION, example = "9:16") @KnownVideoFormat @Nullable String format,
        @Schema(description = CAPTIONS_DESCRIPTION, example = "true") @Nullable Boolean captions,
        @Schema(description = MUSIC_URL_DESCRIPTION, example = "https://cdn.shop.example/music/bed.mp3")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String musicUrl,
        @Schema(description = VOICE_DESCRIPTION, example = "nova")
        @Pattern(regexp = VOICE, message = VOICE_MESSAGE) @Nullable String voice,
        @Schema(description = NARRATION_DESCRIPTION, example = "voice", allowableValues = {"voice", "none"})
        @Pattern(regexp = NARRATION, message = NARRATION_MESSAGE) @Nullable String narration,
        @Schema(description = CAPTION_STYLE_DESCRIPTION, example = "highlight", allowableValues = {"highlight", "plain"})
        @Pattern(regexp = CAPTION_STYLE, message = CAPTION_STYLE_MESSAGE) @Nullable String captionStyle,
        @Schema(description = BRAND_DESCRIPTION) @Valid @Nullable BrandInput brand) {

    public static final VideoOptions NONE = new VideoOptions(null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    /** These options where set, the defaults' where not. */
    public VideoOptions over(@Nullable VideoOptions defaults) {
        if (defaults == null) {
            return this;
        }
        return new VideoOptions(pick(durationSeconds, defaults.durationSeconds), pick(language, defaults.language),
                pick(tone, defaults.tone), pick(audience, defaults.audience), pick(callToAction, defaults.callToAction),
                pick(maxScenes, defaults.maxScenes), pick(format, defaults.format), pick(captions, defaults.captions),
                pick(musicUrl, defaults.musicUrl), pick(voice, defaults.voice), pick(narration, defaults.narration),
                pick(captionStyle, defaults.captionStyle), brandOver(defaults.brand));
    }

    public JobOptions toJobOptions() {
        return options(durationSeconds, language, tone, audience, callToAction, maxScenes, format, captions, musicUrl, voice, narration, captionStyle, brand);
    }

    private @Nullable BrandInput brandOver(@Nullable BrandInput fallback) {
        if (brand == null || fallback == null) {
            return brand != null ? brand : fallback;
        }
        return new BrandInput(pick(brand.logoUrl(), fallback.logoUrl()), pick(brand.primaryColor(),
                fallback.primaryColor()), pick(brand.accentColor(), fallback.accentColor()), pick(brand.font(),
                fallback.font()));
    }

    private static <T> @Nullable T pick(@Nullable T own, @Nullable T fallback) {
        return own != null ? own : fallback;
    }
}
