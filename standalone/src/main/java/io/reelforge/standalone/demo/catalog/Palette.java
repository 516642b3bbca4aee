package io.reelforge.standalone.demo.catalog;

import java.awt.Color;
import java.util.List;

/** A named colourway: the product's main and accent colours and the backdrop of its first photo. */
public record Palette(String name, Color main, Color accent, Color backdropTop, Color backdropBottom) {

    /** Sixteen colourways: with 16 series and 8 models, 2,048 distinct names per family before an edition number. */
    static final List<Palette> ALL = List.of(
            palette("Midnight", 40, 44, 58, 230, 170, 90, 34, 40, 58, 12, 14, 22),
            palette("Sand", 214, 196, 170, 120, 90, 60, 250, 236, 220, 220, 196, 170),
            palette("Sage", 132, 156, 132, 242, 238, 226, 206, 222, 204, 120, 146, 124),
            palette("Coral", 232, 120, 104, 255, 236, 210, 255, 214, 196, 208, 110, 96),
            palette("Slate", 96, 110, 128, 200, 214, 230, 214, 222, 232, 120, 134, 152),
            palette("Ivory", 238, 232, 218, 176, 140, 96, 236, 230, 222, 190, 182, 170),
            palette("Ocean", 38, 100, 150, 250, 214, 120, 190, 220, 240, 40, 90, 140),
            palette("Forest", 44, 92, 66, 222, 196, 140, 200, 220, 200, 40, 76, 56),
            palette("Terracotta", 196, 104, 70, 246, 226, 200, 244, 206, 184, 170, 96, 70),
            palette("Mustard", 216, 168, 48, 60, 52, 40, 250, 232, 180, 200, 150, 50),
            palette("Plum", 110, 58, 96, 236, 190, 160, 220, 196, 214, 90, 50, 80),
            palette("Graphite", 64, 66, 70, 220, 80, 60, 200, 200, 204, 70, 72, 78),
            palette("Sky", 140, 190, 230, 40, 60, 90, 226, 240, 252, 130, 176, 214),
            palette("Rose", 226, 160, 170, 120, 60, 70, 252, 230, 232, 210, 150, 160),
            palette("Olive", 120, 124, 64, 240, 226, 190, 224, 226, 196, 106, 110, 60),
            palette("Crimson", 176, 34, 48, 246, 230, 220, 240, 200, 200, 130, 30, 40));

    private static Palette palette(String name, int... rgb) {
        return new Palette(name, new Color(rgb[0], rgb[1], rgb[2]), new Color(rgb[3], rgb[4], rgb[5]),
                new Color(rgb[6], rgb[7], rgb[8]), new Color(rgb[9], rgb[10], rgb[11]));
    }
}
