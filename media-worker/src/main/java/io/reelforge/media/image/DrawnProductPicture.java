package io.reelforge.media.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A product-shot-like picture drawn in code (a gradient backdrop, a rounded product shape, a highlight), for the
 * renders a worker makes of its own: the AOT cache's training run and the render warm-up. It has detail enough for
 * the encoder to work as it does on a photo.
 */
public final class DrawnProductPicture {

    private DrawnProductPicture() {
    }

    public static BufferedImage draw(int width, int height, Color backdrop, Color product) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, backdrop, width, height, backdrop.brighter().brighter()));
            g.fillRect(0, 0, width, height);
            g.setColor(product);
            g.fillRoundRect(width / 4, height / 5, width / 2, height / 2, width / 8, width / 8);
            g.setColor(Color.WHITE);
            g.fillOval(width * 3 / 8, height / 3, width / 4, width / 4);
        } finally {
            g.dispose();
        }
        return image;
    }
}
