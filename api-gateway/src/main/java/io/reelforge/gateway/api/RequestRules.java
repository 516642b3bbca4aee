package io.reelforge.gateway.api;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.NarrationMode;
import io.reelforge.common.job.VideoFormatName;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The limits every request shares, as constants the validation annotations can name. */
public final class RequestRules {

    public static final int MAX_URL_LENGTH = 2048;
    /**
     * An http or https URL with a host part; the address policy checks the rest when the job is submitted. The
     * scheme's letters are spelled in both cases rather than with {@code (?i)}: the pattern is published in the
     * OpenAPI document, where it must be an ECMA-262 regular expression, which has no inline flags.
     */
    public static final String HTTP_URL = "[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?";
    public static final String HTTP_URL_MESSAGE = "must be an http or https URL";
    public static final int MIN_DURATION_SECONDS = 5;
    public static final int MAX_DURATION_SECONDS = 180;
    public static final String DURATION_MESSAGE = "must be between 5 and 180 seconds";
    /** A BCP 47 tag in its common shapes: {@code en}, {@code en-US}, {@code zh-Hant-TW}. */
    public static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}";
    public static final String LANGUAGE_MESSAGE = "must be a language tag such as en or en-US";
    public static final String TONE = "[\\p{L}][\\p{L} ,'-]{0,39}";
    public static final String TONE_MESSAGE = "must be a few words (letters, spaces, commas), at most 40 characters";
    public static final int MAX_KEYWORD_LENGTH = 200;
    /** The tone's rule (letters, spaces, commas, apostrophes, dashes), with room for a description of people. */
    public static final String AUDIENCE = "[\\p{L}][\\p{L} ,'-]{0,79}";
    public static final String AUDIENCE_MESSAGE = "must be a few words (letters, spaces, commas), at most 80 characters";
    public static final int MAX_AUDIENCE_LENGTH = 80;
    public static final int MAX_CALL_TO_ACTION_LENGTH = 120;
    public static final int MAX_SCENES = 12;
    public static final String MAX_SCENES_MESSAGE = "must be between 1 and 12";
    /** What a client may list in {@code webhookEvents}: the opt-in events (the final ones always go out). */
    public static final String WEBHOOK_EVENT = "job\\.progress";
    public static final String WEBHOOK_EVENT_MESSAGE = "must be an opt-in event: job.progress";
    public static final int MAX_WEBHOOK_EVENTS = 10;
    /** What the routes that render no video say about the render options: they are not taken, not ignored. */
    public static final String RENDER_ONLY_MESSAGE = "applies only to routes that render a video"
            + " (/api/v1/videos, /api/v1/generate-video)";
    public static final String FORMAT_DESCRIPTION = "The video format: 9:16 (720x1280), 9:16@1080 (1080x1920),"
            + " 1:1 (1080x1080), 4:5 (1080x1350), 16:9 (1920x1080) or 16:9@720 (1280x720); the worker's default"
            + " when absent";
    public static final String CAPTIONS_DESCRIPTION = "Whether captions are burned into the picture (the caption"
            + " files are written either way); the worker's default (on) when absent";
    public static final String VOICE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";
    public static final String VOICE_MESSAGE = "must be a voice name (letters, digits, '_', '.', '-'), at most 40"
            + " characters";
    public static final String VOICE_DESCRIPTION = "The narrator's voice, by the speech engine's name for it (OpenAI:"
            + " alloy, nova, ...); the worker's default when absent";
    public static final String NARRATION = "(?i)voice|none";
    public static final String NARRATION_MESSAGE = "must be voice or none";
    public static final String NARRATION_DESCRIPTION = "voice (the default): the script is read aloud; none: no"
            + " voice, captions timed at a reading pace over the music (or silence)";
    public static final String CAPTION_STYLE = "(?i)highlight|plain";
    public static final String CAPTION_STYLE_MESSAGE = "must be highlight or plain";
    public static final String CAPTION_STYLE_DESCRIPTION = "highlight (the default): the caption chunk with the"
            + " word being spoken picked out in the accent colour, word by word; plain: the chunk alone, all white."
            + " Either way captions.vtt times each word (WebVTT inline timestamps) and captions.srt each chunk";
    public static final String BRAND_DESCRIPTION = "This video's brand kit: each field set here overrides the"
            + " tenant's kit (PUT /api/v1/brand)";
    public static final String COLOR = "#[0-9A-Fa-f]{6}";
    public static final String COLOR_MESSAGE = "must be a colour as #RRGGBB";
    public static final String FONT = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";
    public static final String FONT_MESSAGE = "must be the name of a shipped font";
    public static final String MUSIC_URL_DESCRIPTION = "Background music (any format FFmpeg reads), an http or"
            + " https URL fetched under the same address policy as the page; ducked under the voice. Music that"
            + " cannot be fetched leaves the video without music, not failed";

    private RequestRules() {
    }

    /**
     * The job options of a request, with the defaults for what the client left out; render options left out are
     * the media worker's to choose. The format is written as the list in common spells it.
     */
    public static JobOptions options(@Nullable Integer durationSeconds, @Nullable String language,
            @Nullable String tone, @Nullable String audience, @Nullable String callToAction,
            @Nullable Integer maxScenes, @Nullable String format, @Nullable Boolean captions,
            @Nullable String musicUrl, @Nullable String voice, @Nullable String narration,
            @Nullable String captionStyle, @Nullable BrandInput brand) {
        String tag = language == null || language.isBlank() ? null
                : Locale.forLanguageTag(language.strip()).toLanguageTag();
        String formatName = format == null ? null
                : VideoFormatName.find(format).map(VideoFormatName::wireName).orElse(null);
        return new JobOptions(durationSeconds == null ? 0 : durationSeconds, tag == null ? "" : tag, trimmed(tone),
                trimmed(audience), trimmed(callToAction), maxScenes, formatName, captions, trimmed(musicUrl),
                trimmed(voice), narration == null ? null : NarrationMode.find(narration).orElse(null),
                captionStyle == null ? null : CaptionStyle.find(captionStyle).orElse(null),
                brand == null ? null : brand.toBrandKit());
    }

    static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
