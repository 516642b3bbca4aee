package io.reelforge.common.job;

import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a store's videos look: its logo (on the opening and end cards and as a small corner mark), its primary colour
 * (cards, price badge) and accent colour (the caption highlight), and one of the fonts the media worker ships. Every
 * field may be absent: the media worker's default look then.
 *
 * @param logoUrl the logo, an http(s) URL (PNG, JPEG or SVG), fetched under the SSRF policy
 * @param primaryColor {@code #RRGGBB}
 * @param accentColor {@code #RRGGBB}
 * @param font the name of a shipped font
 */
public record BrandKit(
        @Nullable String logoUrl,
        @Nullable String primaryColor,
        @Nullable String accentColor,
        @Nullable String font) {

    public static final BrandKit NONE = new BrandKit(null, null, null, null);

    public BrandKit {
        logoUrl = blankToNull(logoUrl, Function.identity());
        primaryColor = blankToNull(primaryColor, c -> c.toUpperCase(Locale.ROOT));
        accentColor = blankToNull(accentColor, c -> c.toUpperCase(Locale.ROOT));
        font = blankToNull(font, f -> f.toLowerCase(Locale.ROOT));
    }

    /** These fields where set, the defaults' where not: a job's kit over its tenant's. */
    public BrandKit over(@Nullable BrandKit defaults) {
        if (defaults == null) {
            return this;
        }
        return new BrandKit(pick(logoUrl, defaults.logoUrl), pick(primaryColor, defaults.primaryColor),
                pick(accentColor, defaults.accentColor), pick(font, defaults.font));
    }

    /** True when no field is set. */
    public boolean isEmpty() {
        return logoUrl == null && primaryColor == null && accentColor == null && font == null;
    }

    private static @Nullable String pick(@Nullable String own, @Nullable String fallback) {
        return own != null ? own : fallback;
    }

    private static @Nullable String blankToNull(@Nullable String value, Function<String, String> normal) {
        return value == null || value.isBlank() ? null : normal.apply(value.strip());
    }
}
