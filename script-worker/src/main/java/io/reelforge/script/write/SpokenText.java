package io.reelforge.script.write;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text a narrator can read aloud and a caption can show: no markup, links, emoji or stray symbols. Both writers
 * pass everything they produce through here, so a model's markdown or a store's HTML never reaches the voice.
 */
public final class SpokenText {

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S*[^\\s.,;:!?)\"']"
                    + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|io|co|shop|store)\\b(?:/\\S*[^\\s.,;:!?)\"'])?");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s*|[-*+•·]\\s+|>\\s*|\\d+[.)]\\s+)");
    private static final Pattern INLINE_MARKUP = Pattern.compile("\\*{1,3}|_{2,}|`+|~~|\\|");
    /** Marketplace listings head their bullets "【Easy To Install】...": said as "Easy To Install: ...". */
    private static final Pattern LENTICULAR_OPEN = Pattern.compile("[【〖「『]");
    private static final Pattern LENTICULAR_CLOSE = Pattern.compile("\\s*[】〗」』]\\s*");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}&&[^\"'#$€£(]]+\\s*");
    private static final Pattern HASHTAG = Pattern.compile("(?<!\\w)#(\\p{L}\\w*)");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("([!?.,])\\1+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> WEAK_ENDINGS = Set.of("a", "an", "and", "the", "of", "for", "with", "to", "in",
            "on", "or", "your", "our", "its", "by", "at", "from", "that", "is", "are", "you", "it", "can", "will");

    private SpokenText() {
    }

    /** Strips markup, links, emoji and symbols; collapses whitespace. Never returns null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        s = URL.matcher(s).replaceAll(" ");
        s = LINE_MARKUP.matcher(s).replaceAll("");
        s = INLINE_MARKUP.matcher(s).replaceAll("");
        s = HASHTAG.matcher(s).replaceAll("$1");
        s = LENTICULAR_OPEN.matcher(s).replaceAll(" ");
        s = LENTICULAR_CLOSE.matcher(s).replaceAll(": ");
        s = s.replace("°", " degrees ").replace("&", " and ");
        s = withoutSymbols(s);
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
        s = REPEATED_PUNCTUATION.matcher(s).replaceAll("$1");
        return s.strip();
    }

    /** Words a narrator would say: tokens with at least one letter or digit. */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(WHITESPACE.split(text.strip()))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    /** A complete spoken sentence: capitalized, ending in a full stop unless it already ends a sentence. */
    public static String sentence(String text) {
        String s = capitalize(LEADING_PUNCTUATION.matcher(clean(text)).replaceFirst(""))
                .replaceAll("[,;:\\-–—\\s]+$", "");
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + ".";
    }

    public static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /** The first words of a text, at most {@code maxWords}, without a dangling "and"/"the" or end punctuation. */
    public static String caption(String text, int maxWords) {
        String[] words = WHITESPACE.split(clean(text));
        int end = Math.min(words.length, maxWords);
        for (int i = 0; i < end; i++) {
            if (i > 0 && words[i - 1].matches(".*[,;:.!?]$")) {
                end = i; // a caption stops where the first clause does
                break;
            }
        }
        while (end > 1 && WEAK_ENDINGS.contains(strip(words[end - 1]).toLowerCase(Locale.ROOT))) {
            end--;
        }
        return strip(String.join(" ", Arrays.copyOf(words, end)));
    }

    private static String strip(String s) {
        return s.replaceAll("[\\p{Punct}&&[^%$€£'\"]]+$", "").replaceAll("^[\\p{Punct}&&[^$€£\"']]+", "");
    }

    /** Drops emoji, pictographs, dingbats, variation selectors and the like; keeps letters, digits and punctuation. */
    private static String withoutSymbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.ENCLOSING_MARK || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.FORMAT
                    || type == Character.CONTROL && !Character.isWhitespace(cp)
                    || cp >= 0xFE00 && cp <= 0xFE0F;
            if (!symbol) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
