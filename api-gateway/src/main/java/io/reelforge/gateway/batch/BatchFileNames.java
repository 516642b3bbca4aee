package io.reelforge.gateway.batch;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The names a batch's videos get, saved by {@code reelforge batch} or downloaded as one zip: a folder (or zip) named
 * after the batch, and in it one file per item that tells which product it is
 * ({@code 0003-halcyon-anc-headphones.mp4}, {@code sku-42-brass-lamp.mp4}), so a person finds a product's video by
 * its place in the feed, its feed id, or its name, and a second download names it the same way.
 */
public final class BatchFileNames {

    /** Enough to tell products apart, short enough for any file system (255 bytes a name). */
    private static final int MAX_SLUG = 60;
    private static final int MIN_INDEX_DIGITS = 4;

    private BatchFileNames() {
    }

    /** The batch's folder: its name made safe for a path, else its id. */
    public static String folder(String batchId, @Nullable String name) {
        String slug = name == null ? "" : slug(name);
        return slug.isEmpty() ? batchId : slug;
    }

    /**
     * The item's file: its feed id (else its place in the batch, zero-padded so the files sort in batch order), then
     * its title (else the last part of its page's URL).
     */
    public static String video(BatchItemView item, int total) {
        return video(item.index(), item.sourceId(), item.title(), item.url(), total);
    }

    /** The same for an item known by its parts: its place, feed id, product title and page. */
    public static String video(int index, @Nullable String sourceId, @Nullable String title, @Nullable String url,
            int total) {
        String id = sourceId == null ? "" : slug(sourceId);
        String prefix = id.isEmpty() ? index(index, total) : id;
        String what = title != null ? slug(title) : url != null ? slug(lastPart(url)) : "";
        return (what.isEmpty() ? prefix : prefix + "-" + what) + ".mp4";
    }

    /** Another item already has {@code taken}'s name (feed ids are not always unique): add this item's index. */
    public static String withIndex(String taken, int index) {
        return taken.substring(0, taken.length() - ".mp4".length()) + "-" + index + ".mp4";
    }

    static String index(int index, int total) {
        int digits = Math.max(MIN_INDEX_DIGITS, String.valueOf(Math.max(0, total - 1)).length());
        return String.format(Locale.ROOT, "%0" + digits + "d", index);
    }

    /**
     * Lower case letters and digits of any script, every other run of characters one dash: nothing a shell or a file
     * system treats specially, no path separators, no leading dot.
     */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) <= MAX_SLUG) {
            return slug;
        }
        int end = slug.offsetByCodePoints(0, MAX_SLUG);
        String cut = slug.substring(0, end);
        if (slug.charAt(end) == '-') {
            return cut; // cut between two words already
        }
        int dash = cut.lastIndexOf('-');
        return dash > MAX_SLUG / 2 ? cut.substring(0, dash) : cut;
    }

    /** The last non-empty segment of the URL's path without its extension, else its host: what names the page. */
    private static String lastPart(String url) {
        try {
            URI uri = URI.create(url);
            String last = "";
            for (String segment : (uri.getPath() == null ? "" : uri.getPath()).split("/")) {
                if (!segment.isEmpty()) {
                    last = segment;
                }
            }
            if (last.isEmpty()) {
                return uri.getHost() == null ? "" : uri.getHost();
            }
            int dot = last.lastIndexOf('.');
            return dot > 0 ? last.substring(0, dot) : last;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
