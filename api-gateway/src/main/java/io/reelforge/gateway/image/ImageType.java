package io.reelforge.gateway.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of picture the gateway passes on, told from their first bytes, never from the server's Content-Type:
 * a store that labels an HTML page {@code image/jpeg} must not get it served from the gateway's origin. SVG is a
 * document that can hold script, so it is recognised only where the caller allows it (a logo, served under a
 * sandboxing policy).
 */
enum ImageType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    GIF("image/gif"),
    WEBP("image/webp"),
    AVIF("image/avif"),
    SVG("image/svg+xml");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Enough of a file to find an SVG's root element after an XML declaration, comments and a DOCTYPE. */
    private static final int SVG_HEAD = 2048;

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type of these bytes, or empty when they are none of the raster types (nor SVG, when it is allowed). */
    static Optional<ImageType> sniff(byte[] bytes, boolean svgAllowed) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (isAvif(bytes)) {
            return Optional.of(AVIF);
        }
        return svgAllowed && isSvg(bytes) ? Optional.of(SVG) : Optional.empty();
    }

    /** An ISO-BMFF file whose {@code ftyp} box names {@code avif} or {@code avis} (not HEIC, which browsers lack). */
    private static boolean isAvif(byte[] bytes) {
        if (bytes.length < 16 || !startsWith(bytes, 4, ascii("ftyp"))) {
            return false;
        }
        long boxSize = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8)
                | (bytes[3] & 0xFF);
        int end = (int) Math.min(bytes.length, Math.max(16, boxSize));
        for (int brand = 8; brand + 4 <= end; brand += 4) {
            if (brand != 12 // the minor version, not a brand
                    && (startsWith(bytes, brand, ascii("avif")) || startsWith(bytes, brand, ascii("avis")))) {
                return true;
            }
        }
        return false;
    }

    /** Text whose first element, after an XML declaration, comments and a DOCTYPE, is {@code <svg}. */
    private static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SVG_HEAD), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        int at = head.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (at < head.length() && Character.isWhitespace(head.charAt(at))) {
                at++;
            }
            String close = head.startsWith("<!--", at) ? "-->" : head.startsWith("<?", at) ? "?>"
                    : head.startsWith("<!", at) ? ">" : null;
            if (close == null) {
                break;
            }
            int end = head.indexOf(close, at);
            if (end < 0) {
                return false;
            }
            at = end + close.length();
        }
        if (!head.startsWith("<svg", at) || head.length() <= at + 4) {
            return false;
        }
        char next = head.charAt(at + 4);
        return Character.isWhitespace(next) || next == '>' || next == '/';
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
