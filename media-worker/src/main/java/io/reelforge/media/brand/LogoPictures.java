package io.reelforge.media.brand;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The logo at the size it is shown: fitted into a box with its aspect kept, in halving steps when it shrinks a lot
 * (one bilinear step from 1024 px to 60 samples too few pixels and shimmers), optionally made translucent (the corner
 * mark).
 */
public final class LogoPictures {

    private LogoPictures() {
    }

    /**
     * @param opacity 1 for the logo as it is, less for a watermark
     * @return a {@code TYPE_INT_ARGB} picture no larger than {@code maxWidth} x {@code maxHeight}
     */
    public static BufferedImage fit(BufferedImage logo, int maxWidth, int maxHeight, float opacity) {
        double scale = Math.min(maxWidth / (double) logo.getWidth(), maxHeight / (double) logo.getHeight());
        int width = Math.max(2, (int) Math.round(logo.getWidth() * scale));
        int height = Math.max(2, (int) Math.round(logo.getHeight() * scale));
        BufferedImage current = logo;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, 1f);
        }
        return draw(current, width, height, opacity);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, float opacity) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
