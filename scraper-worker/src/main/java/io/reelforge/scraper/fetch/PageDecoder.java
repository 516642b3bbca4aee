package io.reelforge.scraper.fetch;

import io.reelforge.common.net.FetchedResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Pattern;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Decodes page bytes the way browsers do: the charset in the Content-Type header wins; without one, a byte-order
 * mark or the page's own {@code <meta charset>} / {@code http-equiv} declaration (jsoup sniffs both); without
 * those, UTF-8 if the bytes are valid UTF-8, else windows-1252 (see {@link #sniff}).
 */
public final class PageDecoder {

    private static final Pattern DECLARED = Pattern.compile("<meta[^>]+charset|<\\?xml[^>]+encoding");

    private PageDecoder() {
    }

    public static Document parse(FetchedResource response) {
        return parse(response.body(), response.headerCharset().orElse(null), response.uri().toString());
    }

    /**
     * A JSON response as a page the extractor reads: the JSON inside a JSON-LD script (for bare JSON-LD) and a
     * product-JSON script (for Shopify's {@code /products/<handle>.json}); other JSON yields no product.
     */
    public static Document jsonDocument(FetchedResource response) {
        String json = new String(response.body(), response.headerCharset().orElse(StandardCharsets.UTF_8));
        Document document = Document.createShell(response.uri().toString());
        document.head().appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(json));
        document.head().appendElement("script").attr("type", "application/json").attr("data-product-json", "")
                .appendChild(new DataNode(json));
        return document;
    }

    /**
     * @param headerCharset the charset the server declared, or null to sniff the page
     * @param baseUri where the page came from: relative URLs resolve against it (or its {@code <base href>})
     */
    public static Document parse(byte[] body, @Nullable Charset headerCharset, String baseUri) {
        Charset charset = headerCharset != null ? headerCharset : sniff(body);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a page from memory failed", e);
        }
    }

    /**
     * For a page whose server named no charset: null when the page declares one itself (a byte-order mark, a
     * {@code <meta charset>} or {@code http-equiv}: jsoup reads those) or is valid UTF-8; windows-1252 for the
     * older pages that are neither, as browsers guess for Western pages.
     */
    static @Nullable Charset sniff(byte[] body) {
        if (body.length >= 2 && ((body[0] & 0xff) == 0xef || (body[0] & 0xff) == 0xfe || (body[0] & 0xff) == 0xff)) {
            return null;
        }
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (DECLARED.matcher(head).find()) {
            return null;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(body));
            return null;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
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
