package io.reelforge.media.render;

import io.reelforge.media.compose.Overlay;
import java.awt.image.BufferedImage;

/** A text picture drawn once, where and when it shows on the frame. */
record PlacedPicture(BufferedImage image, int left, int top, double start, double end, double fade) {

    Overlay toOverlay(int frameW, int frameH) {
        return Overlay.of(image, left, top, frameW, frameH, start, end, fade);
    }
}
