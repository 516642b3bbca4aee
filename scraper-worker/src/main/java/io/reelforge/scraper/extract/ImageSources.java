package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The best URL an {@code <img>} offers. Stores put the large picture in a zoom or hi-res attribute, or in
 * {@code srcset}, and lazy-loading pages keep the real URL in {@code data-src} while {@code src} holds a
 * placeholder; the attribute order below goes from the largest picture to the plainest.
 */
final class ImageSources {

    private static final List<String> LARGE_FIRST = List.of("data-old-hires", "data-zoom-image", "data-zoom-src",
            "data-zoom", "data-large-image", "data-large", "data-full", "data-hires", "data-original");
    private static final List<String> LAZY = List.of("data-src", "data-lazy-src", "data-lazy", "data-original-src");
    private static final Pattern DYNAMIC_ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(^data:|blank\\.gif|spacer|placeholder|transparent\\.(gif|png)|/pixel\\.|1x1\\.|grey\\.gif|loading\\.gif)");

    private ImageSources() {
    }

    /** The URL of the largest picture the element points to, as written (maybe relative); null if none. */
    static @Nullable String best(Element img) {
        for (String attribute : LARGE_FIRST) {
            String value = usable(img.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        String dynamic = largestDynamic(img.attr("data-a-dynamic-image"));
        if (dynamic != null) {
            return dynamic;
        }
        for (String attribute : List.of("srcset", "data-srcset")) {
            String value = usable(largestInSrcset(img.attr(attribute)));
            if (value != null) {
                return value;
            }
        }
        for (String attribute : LAZY) {
            String value = usable(img.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        return usable(img.attr("src"));
    }

    private static @Nullable String usable(@Nullable String value) {
        if (value == null || value.isBlank() || PLACEHOLDER.matcher(value).find()) {
            return null;
        }
        String v = value.strip();
        // client-side templates leave their placeholders in pages saved before rendering
        return v.contains("{{") || v.contains("[%") ? null : v;
    }

    /** Amazon's {@code data-a-dynamic-image}: a JSON map of URL to [width, height]. */
    private static @Nullable String largestDynamic(String json) {
        Matcher entry = DYNAMIC_ENTRY.matcher(json);
        String best = null;
        long bestArea = -1;
        while (entry.find()) {
            long area = Long.parseLong(entry.group(2)) * Long.parseLong(entry.group(3));
            if (area > bestArea) {
                bestArea = area;
                best = entry.group(1);
            }
        }
        return best;
    }

    static @Nullable String largestInSrcset(String srcset) {
        String best = null;
        double bestSize = -1;
        for (String candidate : srcset.split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 1;
            if (parts.length > 1) {
                String descriptor = parts[1].toLowerCase(Locale.ROOT);
                try {
                    size = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 1;
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best;
    }
}
