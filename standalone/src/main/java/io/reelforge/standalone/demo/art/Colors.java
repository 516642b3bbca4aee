package io.reelforge.standalone.demo.art;

import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.geom.Point2D;

/** Colour arithmetic the drawings share: shades, tints, and the lit-cylinder shading of round bodies. */
final class Colors {

    private Colors() {
    }

    /** {@code color} darkened ({@code factor < 1}) or lightened towards white ({@code factor > 1}). */
    static Color shade(Color color, double factor) {
        if (factor <= 1) {
            return new Color(channel(color.getRed() * factor), channel(color.getGreen() * factor),
                    channel(color.getBlue() * factor), color.getAlpha());
        }
        double t = Math.min(1, factor - 1);
        return mix(color, Color.WHITE, t);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(channel(a.getRed() + (b.getRed() - a.getRed()) * t),
                channel(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                channel(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** Light from the upper left: a round body is brightest a third of the way across, darkest at its right edge. */
    static Paint cylinder(Color color, double left, double right) {
        return new LinearGradientPaint(new Point2D.Double(left, 0), new Point2D.Double(Math.max(right, left + 1), 0),
                new float[] {0f, 0.3f, 1f}, new Color[] {shade(color, 0.85), shade(color, 1.25), shade(color, 0.6)});
    }

    /** Whether dark text or marks read better on {@code color} than light ones. */
    static boolean isLight(Color color) {
        return 0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue() > 150;
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
