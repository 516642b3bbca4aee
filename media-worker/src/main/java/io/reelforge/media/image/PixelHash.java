package io.reelforge.media.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a decoded picture's pixels: stores often list one photo several times (under different URLs, or in
 * different file formats), and the video should not show it twice.
 */
final class PixelHash {

    private PixelHash() {
    }

    /** @param image an opaque {@code TYPE_3BYTE_BGR} picture, as {@link ImageDecoder} returns */
    static String of(BufferedImage image) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ByteBuffer.allocate(8).putInt(image.getWidth()).putInt(image.getHeight()).array());
            digest.update(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
