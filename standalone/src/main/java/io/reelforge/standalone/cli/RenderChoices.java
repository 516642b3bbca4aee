package io.reelforge.standalone.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of a video the command line passes on, by their API names; each one left out (null) is left to the
 * gateway and the workers' settings, so the command line never restates a default of theirs.
 *
 * @param language the script's language, BCP 47
 * @param tone how the script sounds, a few words
 * @param voice a voice of the narrator that reads the language
 * @param narration {@code voice} or {@code none} (captions and music, timed at a reading pace)
 * @param captionStyle {@code highlight} (the spoken word picked out) or {@code plain}
 * @param format a video format name ({@code 9:16}, {@code 1:1}, ...)
 * @param captions burn captions in or not
 * @param musicUrl background music, an http(s) URL
 */
record RenderChoices(@Nullable String language, @Nullable String tone, @Nullable String voice,
        @Nullable String narration, @Nullable String captionStyle, @Nullable String format, @Nullable Boolean captions,
        @Nullable String musicUrl) {

    static final RenderChoices NONE = new RenderChoices(null, null, null, null, null, null, null, null);

    /** Adds the options that were given to {@code body}, in a fixed order (batches hash them into a key). */
    void putInto(Map<String, Object> body) {
        putIfSet(body, "language", language);
        putIfSet(body, "tone", tone);
        putIfSet(body, "voice", voice);
        putIfSet(body, "narration", narration);
        putIfSet(body, "captionStyle", captionStyle);
        putIfSet(body, "format", format);
        putIfSet(body, "captions", captions);
        putIfSet(body, "musicUrl", musicUrl);
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
