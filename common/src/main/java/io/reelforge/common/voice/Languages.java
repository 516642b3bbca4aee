package io.reelforge.common.voice;

import java.util.Locale;

/**
 * Languages as voices are matched on them: by the primary subtag of a BCP 47 tag, in lower case, so a voice that
 * speaks {@code en} voices {@code en-GB} and {@code en-US} alike (as the script writer's language check does).
 */
public final class Languages {

    private Languages() {
    }

    /** {@code de} for {@code de-AT}, {@code DE} or {@code de}. */
    public static String primary(String tag) {
        return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
