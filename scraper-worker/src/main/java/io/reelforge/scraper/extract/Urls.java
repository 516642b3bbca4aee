package io.reelforge.scraper.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jspecify.annotations.Nullable;

/**
 * Turns the URLs found in a page (relative, protocol-relative, entity-encoded, with spaces or brackets) into
 * absolute http(s) URLs that {@link URI} accepts, so the media worker can fetch them as they are.
 */
final class Urls {

    private static final String UNSAFE = " \"<>\\^`{|}[]";

    private Urls() {
    }

    /** {@code raw} resolved against {@code base}; empty for data:, javascript: and other non-web URLs. */
    static Optional<String> absolute(String base, @Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = Text.clean(raw);
        if (cleaned == null) {
            return Optional.empty();
        }
        // jsoup's resolution is lenient with the odd URLs stores write; an element is its public door to it
        Element probe = new Element(Tag.valueOf("a"), base);
        probe.attr("href", cleaned);
        String resolved = probe.absUrl("href");
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        String lower = resolved.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String encoded = encodeUnsafe(resolved);
        try {
            URI uri = new URI(encoded);
            return uri.getHost() == null ? Optional.empty() : Optional.of(encoded);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes what {@link URI} refuses in a path or query; the host part is left alone. */
    private static String encodeUnsafe(String url) {
        int authority = url.indexOf("://") + 3;
        int pathStart = authority;
        while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) {
            pathStart++;
        }
        StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, pathStart);
        for (int i = pathStart; i < url.length(); i++) {
            char c = url.charAt(i);
            if (UNSAFE.indexOf(c) >= 0 || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else if (c == '%' && !isPercentEscape(url, i)) {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPercentEscape(String url, int i) {
        return i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
