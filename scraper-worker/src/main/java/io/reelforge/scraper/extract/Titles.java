package io.reelforge.scraper.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Title rules shared by the sources. A store's name is cut from a title only when the cut part is clearly the
 * site's name (its {@code og:site_name} or its host name), never on a guess: product names contain dashes and
 * pipes too. A title that shares no word with the page's own {@code <title>} or {@code <h1>} is the site's
 * generic title (Overstock puts "Overstock.com: Online Shopping - ..." in {@code og:title}), not the product's.
 */
final class Titles {

    /** Separators between a product name and a site name, with or without spaces around them. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\||-|–|—|:|·|•|»|::)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "from", "shop", "buy",
            "online", "store", "free", "shipping", "com", "www", "new", "sale", "best");

    private Titles() {
    }

    /** The title without a leading or trailing site name; unchanged when the site name is not clearly there. */
    static String withoutSiteName(String title, PageContext page) {
        Set<String> siteKeys = siteKeys(page);
        String current = title;
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher separator = SEPARATOR.matcher(current);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (separator.find()) {
                if (firstStart < 0) {
                    firstStart = separator.start();
                    firstEnd = separator.end();
                }
                lastStart = separator.start();
                lastEnd = separator.end();
            }
            if (lastStart > 0 && isSiteName(current.substring(lastEnd), siteKeys)) {
                current = current.substring(0, lastStart).strip();
                changed = !current.isEmpty();
            } else if (firstStart > 0 && isSiteName(current.substring(0, firstStart), siteKeys)
                    && firstEnd < current.length()) {
                current = current.substring(firstEnd).strip();
                changed = true;
            }
        }
        return current.isEmpty() ? title : current;
    }

    /**
     * Whether a meta title ({@code og:title}, {@code twitter:title}) can be about this page's product: it shares a
     * distinctive word with the page's {@code <title>} or main heading, or the page has neither to compare with.
     */
    static boolean isAboutThisPage(String metaTitle, @Nullable String documentTitle, @Nullable String heading,
            PageContext page) {
        if (documentTitle == null && heading == null) {
            return true;
        }
        Set<String> words = distinctiveWords(metaTitle, page);
        if (words.isEmpty()) {
            return false;
        }
        Set<String> reference = new HashSet<>();
        reference.addAll(distinctiveWords(documentTitle == null ? "" : documentTitle, page));
        reference.addAll(distinctiveWords(heading == null ? "" : heading, page));
        words.retainAll(reference);
        return !words.isEmpty();
    }

    /** The heading when the title merely extends it with a tail ("Pillow | Overstock.com Shopping - Deals"). */
    static String preferHeading(String title, @Nullable String heading) {
        if (heading == null || heading.length() < 4 || heading.length() >= title.length()) {
            return title;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerHeading = heading.toLowerCase(Locale.ROOT);
        if (!lowerTitle.startsWith(lowerHeading)) {
            return title;
        }
        Matcher separator = SEPARATOR.matcher(title);
        return separator.find(heading.length()) && separator.start() == heading.length() ? heading : title;
    }

    /** Word overlap of two titles, 0..1, relative to the shorter one; site names do not count. */
    static double overlap(String a, String b, PageContext page) {
        Set<String> left = distinctiveWords(a, page);
        Set<String> right = distinctiveWords(b, page);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int smaller = Math.min(left.size(), right.size());
        left.retainAll(right);
        return (double) left.size() / smaller;
    }

    private static Set<String> distinctiveWords(String text, PageContext page) {
        Set<String> siteKeys = siteKeys(page);
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (!COMMON_WORDS.contains(w) && !siteKeys.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isSiteName(String candidate, Set<String> siteKeys) {
        String key = key(candidate);
        if (key.isEmpty()) {
            return false;
        }
        if (siteKeys.contains(key)) {
            return true;
        }
        // "H&M US", "Uniqlo UK": the site's name with a country code
        String trimmed = candidate.strip();
        return trimmed.matches(".*\\s[A-Z]{2}") && siteKeys.contains(key(trimmed.substring(0, trimmed.length() - 3)));
    }

    /** og:site_name, and the host with and without its top-level domain ("godiva.com", "godiva"). */
    private static Set<String> siteKeys(PageContext page) {
        Set<String> keys = new HashSet<>();
        String site = page.siteName();
        if (site != null) {
            String bare = site.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\d?\\.", "");
            keys.add(key(bare));
            keys.add(key(bare.replaceFirst("\\.[a-z.]+$", "")));
        }
        String host = page.host().replaceFirst("^www\\d?\\.", "");
        if (!host.isEmpty()) {
            keys.add(key(host));
            keys.add(key(host.replaceFirst("\\.(com|net|org|co|de|fr|es|it|nl|se|jp|in|ca|us|uk|au)(\\.[a-z]{2})?$", "")));
        }
        keys.remove("");
        return keys;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
