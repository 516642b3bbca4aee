package io.reelforge.media.image;

import java.awt.Dimension;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a WebP image's size from its header, so an oversized one is refused before FFmpeg decodes it (Java's
 * ImageIO, which answers the same question for JPEG, PNG and GIF, has no WebP reader).
 */
final class ImageHeaders {

    private ImageHeaders() {
    }

    static Optional<Dimension> webpSize(byte[] bytes) {
        if (bytes.length < 30 || !ascii(bytes, 0).equals("RIFF") || !ascii(bytes, 8).equals("WEBP")) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return switch (ascii(bytes, 12)) {
            case "VP8 " -> Optional.of(new Dimension(in.getShort(26) & 0x3FFF, in.getShort(28) & 0x3FFF));
            case "VP8L" -> {
                int b1 = bytes[22] & 0xFF;
                int b2 = bytes[23] & 0xFF;
                int b3 = bytes[24] & 0xFF;
                int width = 1 + (((b1 & 0x3F) << 8) | (bytes[21] & 0xFF));
                int height = 1 + (((b3 & 0x0F) << 10) | (b2 << 2) | ((b1 & 0xC0) >> 6));
                yield Optional.of(new Dimension(width, height));
            }
            case "VP8X" -> Optional.of(new Dimension(1 + uint24(bytes, 24), 1 + uint24(bytes, 27)));
            default -> Optional.empty();
        };
    }

    private static int uint24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }
}
