package io.reelforge.scraper.extract;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Cleans text taken from markup. Stores double-encode entities ({@code &amp;#58;}), put tags inside JSON-LD
 * descriptions and pad everything with non-breaking spaces; a script or a voice must get plain, single-spaced text.
 */
final class Text {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Text() {
    }

    /** Plain text with entities decoded, tags removed and whitespace collapsed; null when nothing is left. */
    static @Nullable String clean(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw;
        if (TAG.matcher(text).find()) {
            text = Jsoup.parseBodyFragment(text).body().text();
        }
        // two rounds: the second undoes a store's double encoding; a third would be paranoia
        for (int round = 0; round < 2 && ENTITY.matcher(text).find(); round++) {
            text = Parser.unescapeEntities(text, false);
        }
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** Like {@link #clean} but cut at a word boundary when longer than {@code max} characters. */
    static @Nullable String clean(@Nullable String raw, int max) {
        String text = clean(raw);
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** The first argument that cleans to something. */
    static @Nullable String firstClean(@Nullable String... candidates) {
        for (String candidate : candidates) {
            String text = clean(candidate);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
