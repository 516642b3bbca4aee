package io.reelforge.scraper.fetch;

import io.reelforge.common.net.FetchedResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Decodes page bytes the way browsers do: the charset in the Content-Type header wins; without one, a byte-order
 * mark or the page's own {@code <meta charset>} / {@code http-equiv} declaration (jsoup sniffs both); without
 * those, UTF-8.
 */
public final class PageDecoder {

    private PageDecoder() {
    }

    public static Document parse(FetchedResource response) {
        return parse(response.body(), response.headerCharset().orElse(null), response.uri().toString());
    }

    /**
     * @param headerCharset the charset the server declared, or null to sniff the page
     * @param baseUri where the page came from: relative URLs resolve against it (or its {@code <base href>})
     */
    public static Document parse(byte[] body, @Nullable Charset headerCharset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), headerCharset == null ? null : headerCharset.name(),
                    baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a page from memory failed", e);
        }
    }

    /** For a response without a Content-Type: does the body start like an HTML document? */
    static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<!--") && start.contains("<html");
    }
}
