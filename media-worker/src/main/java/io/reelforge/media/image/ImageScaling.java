package io.reelforge.media.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Resizes pictures with Java2D. Large reductions are done in halving steps, because one bilinear step from a
 * 4000 px photo to a 720 px frame samples too few source pixels and shimmers with aliasing.
 */
final class ImageScaling {

    private ImageScaling() {
    }

    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, 0, 0, current.getWidth(), current.getHeight(), w, h);
        }
        return draw(current, 0, 0, current.getWidth(), current.getHeight(), width, height);
    }

    /** Scales the window ({@code sx}, {@code sy}, {@code sw}, {@code sh}) of {@code source} to a new image. */
    static BufferedImage draw(BufferedImage source, int sx, int sy, int sw, int sh, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, sx, sy, sx + sw, sy + sh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
