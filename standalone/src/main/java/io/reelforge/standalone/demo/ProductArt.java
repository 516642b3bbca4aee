package io.reelforge.standalone.demo;

import io.reelforge.standalone.demo.art.Headphones;
import io.reelforge.standalone.demo.art.Look;
import io.reelforge.standalone.demo.art.Studio;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws the demo store's product photos: studio shots of a pair of over-ear headphones in several colourways.
 * Rendered by the project itself, so the demo ships no third-party images and needs no network.
 */
public final class ProductArt {

    /** One shot: the headphones' colours, the backdrop, and how the product sits in the frame. */
    public record Shot(String name, Color shell, Color accent, Color backdropTop, Color backdropBottom, double scale,
            double tilt, String caption) {
    }

    private static final Headphones HEADPHONES = new Headphones();

    private ProductArt() {
    }

    public static byte[] jpeg(Shot shot, int width, int height) {
        return Studio.jpeg(draw(shot, width, height), 0.9f);
    }

    static BufferedImage draw(Shot shot, int width, int height) {
        Look look = new Look(shot.shell(), shot.accent(), shot.backdropTop(), shot.backdropBottom(), shot.scale(),
                shot.tilt(), false, 0.5);
        BufferedImage image = Studio.photo(HEADPHONES, look, width, height);
        if (!shot.caption().isEmpty()) {
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, height / 22)));
                int textWidth = g.getFontMetrics().stringWidth(shot.caption());
                g.setColor(new Color(255, 255, 255, 225));
                g.drawString(shot.caption(), (width - textWidth) / 2, (int) (height * 0.92));
            } finally {
                g.dispose();
            }
        }
        return image;
    }
}
