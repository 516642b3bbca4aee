package io.reelforge.media.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures drawn with Java2D for tests: bright, so a darkened or black area is easy to tell apart. */
public final class TestImages {

    public static final Color FRAME_COLOR = new Color(250, 40, 40);
    public static final Color CENTRE_COLOR = new Color(40, 200, 250);

    private TestImages() {
    }

    /** A red border two percent wide around a warm gradient, with a blue square in the middle. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(255, 200, 60), width, height, new Color(120, 240, 120)));
            g.fillRect(0, 0, width, height);
            int border = Math.max(2, Math.min(width, height) / 50);
            g.setColor(FRAME_COLOR);
            g.fillRect(0, 0, width, border);
            g.fillRect(0, height - border, width, border);
            g.fillRect(0, 0, border, height);
            g.fillRect(width - border, 0, border, height);
            g.setColor(CENTRE_COLOR);
            int side = Math.min(width, height) / 4;
            g.fillRect((width - side) / 2, (height - side) / 2, side, side);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height), "gif");
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
