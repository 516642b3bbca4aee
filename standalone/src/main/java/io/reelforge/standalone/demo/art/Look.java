package io.reelforge.standalone.demo.art;

import java.awt.Color;

/**
 * How one photo looks: the product's colours, the backdrop, and how the product sits in the frame.
 *
 * @param scale the product's size against the frame's shorter side (about 0.7 to 1)
 * @param tilt degrees, clockwise
 * @param mirrored whether the product faces the other way
 * @param variant 0 to 1: the product's proportions within its family (a squat or a tall mug), the same in every
 *        photo of one product
 */
public record Look(Color main, Color accent, Color backdropTop, Color backdropBottom, double scale, double tilt,
        boolean mirrored, double variant) {
}
