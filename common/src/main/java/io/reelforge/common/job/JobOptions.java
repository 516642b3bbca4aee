package io.reelforge.common.job;

import org.jspecify.annotations.Nullable;

/**
 * How the client wants the result: length, language and tone of the narration, who it speaks to, how it closes,
 * how many scenes it may have, and how the video is rendered (format, captions, background music, voice, narration
 * mode, caption style, brand kit). Every field but
 * the length and the language may be absent; messages written before a field existed still read (it arrives as
 * null). An absent render option means the media worker's own setting.
 *
 * @param durationSeconds the video's length (15, 30 or 60; 30 by default)
 * @param language the narration's language as a BCP 47 tag ("en", "de-AT")
 * @param tone e.g. energetic, premium, friendly, playful, informative
 * @param audience who the video speaks to, in the client's words ("busy parents")
 * @param callToAction the closing line the client wants said, instead of one the writer chooses
 * @param maxScenes the most scenes the script may have; the writer chooses when absent
 * @param format the video format by its {@link VideoFormatName} name ({@code 9:16}, {@code 1:1}, ...)
 * @param captions whether captions are burned into the picture (the caption files are written either way)
 * @param musicUrl background music to fetch, an http(s) URL; never a local file (only the operator's
 *     configuration may name one)
 * @param voice the narrator's voice by its engine's name ({@code alloy}, {@code nova}, ...), for engines with voices
 * @param narration whether the video is narrated at all ({@code none}: captions and music, timed at a reading pace)
 * @param captionStyle how burned captions look ({@code highlight}: the spoken word picked out; {@code plain})
 * @param brand the look of the video: the tenant's brand kit with the job's own fields over it, resolved at submit
 */
public record JobOptions(
        int durationSeconds,
        String language,
        @Nullable String tone,
        @Nullable String audience,
        @Nullable String callToAction,
        @Nullable Integer maxScenes,
        @Nullable String format,
        @Nullable Boolean captions,
        @Nullable String musicUrl,
        @Nullable String voice,
        @Nullable NarrationMode narration,
        @Nullable CaptionStyle captionStyle,
        @Nullable BrandKit brand) {

    public static final int DEFAULT_DURATION_SECONDS = 30;
    public static final String DEFAULT_LANGUAGE = "en";

    public JobOptions {
        if (durationSeconds <= 0) {
            durationSeconds = DEFAULT_DURATION_SECONDS;
        }
        if (language == null || language.isBlank()) {
            language = DEFAULT_LANGUAGE;
        }
        format = blankToNull(format);
        musicUrl = blankToNull(musicUrl);
        voice = blankToNull(voice);
        if (brand != null && brand.isEmpty()) {
            brand = null;
        }
    }

    /** The script and render options of clients before voices, narration modes, caption styles and brand kits. */
    public JobOptions(int durationSeconds, String language, @Nullable String tone, @Nullable String audience,
            @Nullable String callToAction, @Nullable Integer maxScenes, @Nullable String format,
            @Nullable Boolean captions, @Nullable String musicUrl) {
        this(durationSeconds, language, tone, audience, callToAction, maxScenes, format, captions, musicUrl, null, null,
                null, null);
    }

    /** These options with another brand kit (the one resolved at submit). */
    public JobOptions withBrand(@Nullable BrandKit kit) {
        return new JobOptions(durationSeconds, language, tone, audience, callToAction, maxScenes, format, captions,
                musicUrl, voice, narration, captionStyle, kit);
    }

    /** Whether a voice reads the script: true unless the client asked for {@code narration: none}. */
    public boolean narrated() {
        return narration != NarrationMode.NONE;
    }

    /** The script options only: the render is left to the media worker's settings. */
    public JobOptions(int durationSeconds, String language, @Nullable String tone, @Nullable String audience,
            @Nullable String callToAction, @Nullable Integer maxScenes) {
        this(durationSeconds, language, tone, audience, callToAction, maxScenes, null, null, null, null, null, null,
                null);
    }

    /** Length, language and tone only: the options every client had before audience, call to action and scenes. */
    public JobOptions(int durationSeconds, String language, @Nullable String tone) {
        this(durationSeconds, language, tone, null, null, null);
    }

    public static JobOptions defaults() {
        return new JobOptions(DEFAULT_DURATION_SECONDS, DEFAULT_LANGUAGE, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
