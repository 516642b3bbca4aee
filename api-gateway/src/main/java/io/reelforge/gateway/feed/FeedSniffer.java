package io.reelforge.gateway.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells from a feed's first bytes whether to read it as XML (a Merchant feed) or as CSV, and refuses what is
 * neither with a message that says what it is instead (a web page, JSON, a spreadsheet, an archive, binary data).
 * The bytes decide, not the Content-Type: servers label feeds {@code text/plain}, {@code application/octet-stream}
 * or even {@code text/html}, while nothing but XML starts with {@code <}. The Content-Type's charset names the
 * CSV's encoding when there is no byte order mark.
 */
final class FeedSniffer {

    /** How many bytes it looks at. */
    static final int HEAD = 1024;

    enum Kind { XML, CSV }

    /** @param charset the text's encoding, for CSV (an XML parser reads it from the document itself) */
    record Sniffed(Kind kind, Charset charset) {
    }

    private FeedSniffer() {
    }

    static Sniffed sniff(byte[] head, @Nullable String contentType) {
        refuseKnownBinaries(head);
        Charset charset = charset(head, contentType);
        String text = new String(head, charset).replace("\uFEFF", "").stripLeading();
        if (text.isEmpty()) {
            throw new InvalidFeedException("The feed is empty.");
        }
        String start = text.toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new InvalidFeedException("The document is a web page (HTML), not a product feed: give the address"
                    + " of the feed itself (RSS, Atom or CSV).");
        }
        if (start.startsWith("<")) {
            return new Sniffed(Kind.XML, charset);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            throw new InvalidFeedException("The feed is JSON; Reelforge reads product feeds as CSV, or as RSS 2.0 or"
                    + " Atom XML (Google Merchant Center feeds).");
        }
        if (looksBinary(text)) {
            throw new InvalidFeedException("The feed is not text: a product feed is a CSV file or an RSS or Atom"
                    + " XML file.");
        }
        return new Sniffed(Kind.CSV, charset);
    }

    private static void refuseKnownBinaries(byte[] head) {
        if (startsWith(head, 0x1f, 0x8b)) {
            throw new InvalidFeedException("The feed is compressed (gzip): send the uncompressed file.");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) {
            throw new InvalidFeedException("The file is a spreadsheet or a ZIP archive, not a CSV: save the sheet as"
                    + " CSV (UTF-8) and send that.");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new InvalidFeedException("The file is a PDF, not a product feed.");
        }
    }

    /** A byte order mark first, then the Content-Type's charset, else UTF-8. */
    private static Charset charset(byte[] head, @Nullable String contentType) {
        if (startsWith(head, 0xfe, 0xff)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0xff, 0xfe)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xef, 0xbb, 0xbf) || contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring("charset=".length()).replace("\"", "").strip());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8; // an unknown charset name: the usual one is the best guess
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** NUL bytes, or more than a few control characters or undecodable bytes: no spreadsheet writes those. */
    private static boolean looksBinary(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd > text.length() / 100 + 1;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
