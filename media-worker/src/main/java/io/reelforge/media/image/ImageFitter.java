package io.reelforge.media.image;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Lays a product image out on a frame of another shape without black bars: the whole image, scaled to fit and
 * centred, over a blurred and darkened copy of itself that covers the frame. The blur is made cheaply at a
 * fraction of the frame's size and scaled up, which smooths it further.
 */
public final class ImageFitter {

    /** The background is blurred at 1/BACKGROUND_REDUCTION of the frame size. */
    private static final int BACKGROUND_REDUCTION = 8;
    private static final int BLUR_RADIUS = 2;
    private static final int BLUR_PASSES = 3;
    /** How much of the background's brightness is kept, so the foreground stands out. */
    private static final double BACKGROUND_BRIGHTNESS = 0.55;

    private final int width;
    private final int height;

    public ImageFitter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public FittedImage fit(BufferedImage source) {
        BufferedImage frame = background(source);
        Rectangle foreground = containedRectangle(source.getWidth(), source.getHeight());
        BufferedImage scaled = ImageScaling.scale(source, foreground.width, foreground.height);
        Graphics2D g = frame.createGraphics();
        try {
            g.drawImage(scaled, foreground.x, foreground.y, null);
        } finally {
            g.dispose();
        }
        return new FittedImage(frame, foreground);
    }

    /** The largest rectangle of the source's shape that fits the frame, centred. */
    Rectangle containedRectangle(int sourceWidth, int sourceHeight) {
        double scale = Math.min(width / (double) sourceWidth, height / (double) sourceHeight);
        int w = Math.clamp(Math.round(sourceWidth * scale), 1, width);
        int h = Math.clamp(Math.round(sourceHeight * scale), 1, height);
        return new Rectangle((width - w) / 2, (height - h) / 2, w, h);
    }

    private BufferedImage background(BufferedImage source) {
        int smallW = Math.max(1, width / BACKGROUND_REDUCTION);
        int smallH = Math.max(1, height / BACKGROUND_REDUCTION);
        // crop the source to the frame's shape (cover), then shrink it
        double scale = Math.max(smallW / (double) source.getWidth(), smallH / (double) source.getHeight());
        int cropW = Math.clamp(Math.round(smallW / scale), 1, source.getWidth());
        int cropH = Math.clamp(Math.round(smallH / scale), 1, source.getHeight());
        BufferedImage cropped = source.getSubimage((source.getWidth() - cropW) / 2, (source.getHeight() - cropH) / 2,
                cropW, cropH);
        BufferedImage small = ImageScaling.scale(cropped, smallW, smallH);
        blurAndDarken(small);
        return ImageScaling.draw(small, 0, 0, smallW, smallH, width, height);
    }

    private static void blurAndDarken(BufferedImage image) {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int[] work = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            work[i] = pixels[i] & 0xFF;
        }
        int[] scratch = new int[pixels.length];
        for (int pass = 0; pass < BLUR_PASSES; pass++) {
            boxBlur(work, scratch, w, h, 3, 3);      // along rows
            boxBlur(scratch, work, w, h, 3, 3 * w);  // along columns
        }
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round(work[i] * BACKGROUND_BRIGHTNESS);
        }
    }

    /** A box blur of radius {@link #BLUR_RADIUS} along one axis ({@code step} apart), clamping at the edges. */
    private static void boxBlur(int[] in, int[] out, int w, int h, int channels, int step) {
        boolean rows = step == channels;
        int lines = rows ? h : w;
        int length = rows ? w : h;
        int lineStep = rows ? w * channels : channels;
        int window = 2 * BLUR_RADIUS + 1;
        for (int line = 0; line < lines; line++) {
            for (int c = 0; c < channels; c++) {
                int base = line * lineStep + c;
                for (int i = 0; i < length; i++) {
                    int sum = 0;
                    for (int k = -BLUR_RADIUS; k <= BLUR_RADIUS; k++) {
                        sum += in[base + Math.clamp(i + k, 0, length - 1) * step];
                    }
                    out[base + i * step] = sum / window;
                }
            }
        }
    }
}
