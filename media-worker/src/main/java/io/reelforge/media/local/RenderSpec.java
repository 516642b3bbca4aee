package io.reelforge.media.local;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A video described in a JSON file. Paths are relative to the spec's directory; images may also be http(s) URLs
 * (fetched through the safe client). Narration is either spoken (MaryTTS, offline) from each scene's text, or a
 * recorded file ({@code narrationAudio}) cut into scenes in proportion to their texts' lengths (equal parts when
 * the texts are empty).
 *
 * @param images picture files or URLs; scene {@code image} indexes into them
 * @param scenes what is said over which image; when empty, one silent scene per image
 * @param format a frame size name (see {@link io.reelforge.media.render.VideoFormat}), 9:16 when absent
 * @param captions whether captions are burned in (default true)
 * @param captionStyle {@code highlight} (the spoken word picked out; default) or {@code plain}
 * @param music a background music file, ducked under the voice, or null
 * @param brandKit the look: a logo file (PNG, JPEG or SVG), colours and a shipped font, as a job's brand kit
 */
public record RenderSpec(
        String title,
        @Nullable String brand,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String callToAction,
        List<String> images,
        @Nullable List<SceneSpec> scenes,
        @Nullable String narrationAudio,
        @Nullable String format,
        @Nullable Boolean captions,
        @Nullable String captionStyle,
        @Nullable String music,
        @Nullable BrandKitSpec brandKit) {

    public RenderSpec {
        images = images == null ? List.of() : List.copyOf(images);
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
        title = title == null ? "" : title;
    }

    /** Fields as a job's brand kit has them, the logo a file path relative to the spec instead of a URL. */
    public record BrandKitSpec(@Nullable String logo, @Nullable String primaryColor, @Nullable String accentColor,
            @Nullable String font) {
    }

    /** @param image index into the spec's images; @param emphasis {@code price} puts the price badge here */
    public record SceneSpec(@Nullable String narration, int image, @Nullable String emphasis) {
    }
}
