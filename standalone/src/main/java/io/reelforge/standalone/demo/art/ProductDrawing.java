package io.reelforge.standalone.demo.art;

import java.awt.Graphics2D;

/**
 * Draws one family's product centred on ({@code cx}, {@code cy}), about {@code unit} wide, standing on the floor at
 * about {@code cy + 0.35 unit} (where the studio puts its shadow). Stateless.
 */
public interface ProductDrawing {

    void draw(Graphics2D g, Look look, double cx, double cy, double unit);
}
