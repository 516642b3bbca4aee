package io.reelforge.media.brand;

import java.awt.Color;

/**
 * Picks the text colour that reads on a box of the brand's colour: white or near-black, whichever has the higher
 * contrast ratio by WCAG 2's relative luminance. A store's colour can be anything, so a fixed white would vanish on
 * a yellow badge.
 */
public final class Contrast {

    /** Not pure black: it sits better on colour, and its contrast differs from black's by under 2 %. */
    public static final Color NEAR_BLACK = new Color(0x11, 0x11, 0x11);

    private Contrast() {
    }

    /** White or {@link #NEAR_BLACK}, whichever contrasts more with {@code background} (its alpha ignored). */
    public static Color readableOn(Color background) {
        double luminance = luminance(background);
        return ratio(luminance(Color.WHITE), luminance) >= ratio(luminance, luminance(NEAR_BLACK)) ? Color.WHITE
                : NEAR_BLACK;
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    /** WCAG 2 contrast ratio of a lighter and a darker luminance, 1 to 21. */
    static double ratio(double lighter, double darker) {
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
