package io.reelforge.scraper.extract;

import io.reelforge.scraper.fetch.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages for extractor tests: hand-written snippets, and the real pages under {@code pages/} (gzipped). */
final class TestPages {

    static final URI SHOP = URI.create("https://shop.example/products/aurora-pour-over");

    private TestPages() {
    }

    static PageContext snippet(String html) {
        return new PageContext(Jsoup.parse(html, SHOP.toString()), SHOP);
    }

    /** A real page decoded as the worker decodes a fetched one (no header charset: sniffed from the page). */
    static Document real(String resource, URI pageUri) {
        return PageDecoder.parse(bytes(resource), null, pageUri.toString());
    }

    static byte[] bytes(String resource) {
        try (InputStream raw = TestPages.class.getResourceAsStream("/pages/" + resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no test page " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
