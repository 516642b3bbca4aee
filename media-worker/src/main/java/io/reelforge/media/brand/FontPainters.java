package io.reelforge.media.brand;

import io.reelforge.common.job.BrandFont;
import io.reelforge.media.text.TextPainter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link TextPainter} per shipped font, loaded the first time a video asks for it: reading a TrueType file
 * takes a moment, and a painter is immutable, so every render shares it.
 */
public final class FontPainters {

    private static final Map<BrandFont, TextPainter> PAINTERS = new ConcurrentHashMap<>();

    private FontPainters() {
    }

    public static TextPainter of(BrandFont font) {
        return PAINTERS.computeIfAbsent(font, TextPainter::new);
    }
}
