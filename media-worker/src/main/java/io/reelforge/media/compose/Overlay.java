package io.reelforge.media.compose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A picture with transparency (text, a badge, a card) converted once into yuv420p values and alpha at its place
 * in the frame, then blended into frame after frame: only the pixels it covers are touched, and no RGB conversion
 * happens per frame. Shown from {@code start} to {@code end} seconds, faded in and out over {@code fade} seconds.
 */
public final class Overlay {

    private final int left;
    private final int top;
    private final int width;
    private final int height;
    private final byte[] luma;
    private final byte[] lumaAlpha;
    private final byte[] blue;
    private final byte[] red;
    private final byte[] chromaAlpha;
    /** Per row, the first and one past the last column with any opacity: the rest of the row is left alone. */
    private final int[] lumaSpans;
    private final int[] chromaSpans;
    private final double start;
    private final double end;
    private final double fade;

    private Overlay(int left, int top, int width, int height, double start, double end, double fade) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.luma = new byte[width * height];
        this.lumaAlpha = new byte[width * height];
        this.blue = new byte[width * height / 4];
        this.red = new byte[width * height / 4];
        this.chromaAlpha = new byte[width * height / 4];
        this.lumaSpans = new int[2 * height];
        this.chromaSpans = new int[2 * (height / 2)];
        this.start = start;
        this.end = end;
        this.fade = fade;
    }

    /** The same pixels at the same place, shown at other times: the converted arrays are shared, not copied. */
    private Overlay(Overlay pixels, double start, double end) {
        this.left = pixels.left;
        this.top = pixels.top;
        this.width = pixels.width;
        this.height = pixels.height;
        this.luma = pixels.luma;
        this.lumaAlpha = pixels.lumaAlpha;
        this.blue = pixels.blue;
        this.red = pixels.red;
        this.chromaAlpha = pixels.chromaAlpha;
        this.lumaSpans = pixels.lumaSpans;
        this.chromaSpans = pixels.chromaSpans;
        this.start = start;
        this.end = end;
        this.fade = pixels.fade;
    }

    /**
     * This picture shown again from {@code start} to {@code end} seconds, for a picture that shows more than once
     * (a caption word's unhighlighted look, before and after its turn): it costs no memory of its own.
     */
    public Overlay shownAgain(double start, double end) {
        return new Overlay(this, start, end);
    }

    /**
     * @param argb a {@code TYPE_INT_ARGB} picture (not premultiplied)
     * @param left where its top-left corner goes in a frame of {@code frameW} x {@code frameH}; moved onto even
     *     coordinates and cropped to the frame
     */
    public static Overlay of(BufferedImage argb, int left, int top, int frameW, int frameH,
            double start, double end, double fade) {
        if (argb.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_ARGB picture, got type " + argb.getType());
        }
        int x0 = Math.clamp(left & ~1, 0, frameW - 2);
        int y0 = Math.clamp(top & ~1, 0, frameH - 2);
        int w = Math.min(argb.getWidth() & ~1, frameW - x0);
        int h = Math.min(argb.getHeight() & ~1, frameH - y0);
        Overlay overlay = new Overlay(x0, y0, Math.max(w, 0), Math.max(h, 0), start, end, fade);
        overlay.convert(((DataBufferInt) argb.getRaster().getDataBuffer()).getData(), argb.getWidth());
        return overlay;
    }

    private void convert(int[] pixels, int stride) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = pixels[y * stride + x];
                luma[y * width + x] = (byte) YuvImage.luma(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
                lumaAlpha[y * width + x] = (byte) (p >>> 24);
            }
        }
        int cw = width / 2;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                // alpha-weighted average, so transparent pixels lend no colour to the edge
                double r = 0;
                double g = 0;
                double b = 0;
                int alpha = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = pixels[(y + dy) * stride + x + dx];
                        int a = p >>> 24;
                        r += (p >> 16 & 0xFF) * a;
                        g += (p >> 8 & 0xFF) * a;
                        b += (p & 0xFF) * a;
                        alpha += a;
                    }
                }
                int i = (y / 2) * cw + x / 2;
                if (alpha > 0) {
                    blue[i] = (byte) YuvImage.chromaBlue(r / alpha, g / alpha, b / alpha);
                    red[i] = (byte) YuvImage.chromaRed(r / alpha, g / alpha, b / alpha);
                }
                chromaAlpha[i] = (byte) (alpha / 4);
            }
        }
        findSpans(lumaAlpha, width, height, lumaSpans);
        findSpans(chromaAlpha, cw, height / 2, chromaSpans);
    }

    private static void findSpans(byte[] alphas, int w, int h, int[] spans) {
        for (int y = 0; y < h; y++) {
            int first = 0;
            while (first < w && alphas[y * w + first] == 0) {
                first++;
            }
            int end = w;
            while (end > first && alphas[y * w + end - 1] == 0) {
                end--;
            }
            spans[2 * y] = first;
            spans[2 * y + 1] = end;
        }
    }

    /** Whether it shows at all at {@code seconds}. */
    public boolean visibleAt(double seconds) {
        return seconds >= start && seconds < end && width > 0 && height > 0;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    /** Blends it into a whole yuv420p frame of {@code frameW} x {@code frameH}, if it shows at {@code seconds}. */
    void blendInto(byte[] frame, int frameW, int frameH, double seconds) {
        if (!visibleAt(seconds)) {
            return;
        }
        double opacity = fade <= 0 ? 1 : Math.min(1, Math.min(seconds - start, end - seconds) / fade);
        int o = (int) Math.round(Math.clamp(opacity, 0, 1) * 257); // 257 * 255 >> 16 is 1: alpha reaches 255
        blendPlane(frame, 0, frameW, left, top, width, height, luma, lumaAlpha, lumaSpans, o);
        int cw = frameW / 2;
        int chromaU = frameW * frameH;
        int chromaV = chromaU + cw * (frameH / 2);
        blendPlane(frame, chromaU, cw, left / 2, top / 2, width / 2, height / 2, blue, chromaAlpha, chromaSpans, o);
        blendPlane(frame, chromaV, cw, left / 2, top / 2, width / 2, height / 2, red, chromaAlpha, chromaSpans, o);
    }

    // Where alpha is 0 the formula leaves the frame's value as it is, so no pixel needs a branch.
    private static void blendPlane(byte[] frame, int offset, int stride, int x0, int y0, int w, int h,
            byte[] values, byte[] alphas, int[] spans, int opacity) {
        for (int y = 0; y < h; y++) {
            int first = spans[2 * y];
            int end = spans[2 * y + 1];
            int row = offset + (y0 + y) * stride + x0;
            int src = y * w;
            int x = first;
            if (VectorSupport.available()) {
                x += VectorOverlayBlend.blend(frame, row + first, values, alphas, src + first, end - first, opacity);
            }
            for (; x < end; x++) {
                int a = (alphas[src + x] & 0xFF) * opacity; // 0..65535
                int d = frame[row + x] & 0xFF;
                frame[row + x] = (byte) (d + ((((values[src + x] & 0xFF) - d) * a + (1 << 15)) >> 16));
            }
        }
    }
}
