package io.reelforge.media.compose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A picture in the encoder's own layout, planar YUV 4:2:0 (Y plane, then U, then V, no padding), BT.709 with
 * studio range as the encoder tags it. Each scene's picture is converted once, so the per-frame work is only
 * copying or blending bytes. YUV is an affine function of RGB, so blending here equals blending the RGB pictures.
 */
public final class YuvImage {

    private final int width;
    private final int height;
    private final byte[] planes;

    private YuvImage(int width, int height, byte[] planes) {
        this.width = width;
        this.height = height;
        this.planes = planes;
    }

    public static int byteSize(int width, int height) {
        return width * height * 3 / 2;
    }

    /** Converts an opaque {@code TYPE_3BYTE_BGR} picture of even width and height. */
    public static YuvImage fromBgr(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("expected a TYPE_3BYTE_BGR image, got type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w % 2 != 0 || h % 2 != 0) {
            throw new IllegalArgumentException("yuv420p needs an even size, got " + w + "x" + h);
        }
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] out = new byte[byteSize(w, h)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * 3;
                out[y * w + x] = (byte) luma(bgr[p + 2] & 0xFF, bgr[p + 1] & 0xFF, bgr[p] & 0xFF);
            }
        }
        int u = w * h;
        int v = u + w * h / 4;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = ((y + dy) * w + x + dx) * 3;
                        b += bgr[p] & 0xFF;
                        g += bgr[p + 1] & 0xFF;
                        r += bgr[p + 2] & 0xFF;
                    }
                }
                int i = (y / 2) * (w / 2) + x / 2;
                out[u + i] = (byte) chromaBlue(r / 4.0, g / 4.0, b / 4.0);
                out[v + i] = (byte) chromaRed(r / 4.0, g / 4.0, b / 4.0);
            }
        }
        return new YuvImage(w, h, out);
    }

    /**
     * The opaque {@code TYPE_3BYTE_BGR} picture of yuv420p {@code planes} of {@code w} x {@code h}, the inverse of
     * {@link #fromBgr} (each chroma sample shared by its 2x2 pixels), for a still taken from a composed frame.
     */
    public static BufferedImage toBgr(byte[] planes, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int u = w * h;
        int v = u + w * h / 4;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y / 2) * (w / 2) + x / 2;
                double luma = ((planes[y * w + x] & 0xFF) - 16) * 255 / 219.0;
                double cb = ((planes[u + i] & 0xFF) - 128) * 255 / 224.0;
                double cr = ((planes[v + i] & 0xFF) - 128) * 255 / 224.0;
                int p = (y * w + x) * 3;
                bgr[p] = clampByte(luma + 1.8556 * cb);
                bgr[p + 1] = clampByte(luma - 0.1873 * cb - 0.4681 * cr);
                bgr[p + 2] = clampByte(luma + 1.5748 * cr);
            }
        }
        return image;
    }

    private static byte clampByte(double value) {
        return (byte) Math.clamp(Math.round(value), 0, 255);
    }

    static int luma(double r, double g, double b) {
        return (int) Math.round(16 + (0.2126 * r + 0.7152 * g + 0.0722 * b) * 219 / 255);
    }

    static int chromaBlue(double r, double g, double b) {
        return (int) Math.round(128 + (-0.1146 * r - 0.3854 * g + 0.5 * b) * 224 / 255);
    }

    static int chromaRed(double r, double g, double b) {
        return (int) Math.round(128 + (0.5 * r - 0.4542 * g - 0.0458 * b) * 224 / 255);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The planes, shared: callers must not change them. */
    byte[] planes() {
        return planes;
    }

    /** The luma (Y) value at a pixel, 16-235. */
    public int lumaAt(int x, int y) {
        return planes[y * width + x] & 0xFF;
    }
}
