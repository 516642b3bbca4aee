package io.reelforge.media.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * A product image laid out on a full video frame.
 *
 * @param frame the whole frame, {@code TYPE_3BYTE_BGR}
 * @param foreground where the undistorted, uncropped product image sits in the frame
 */
public record FittedImage(BufferedImage frame, Rectangle foreground) {
}
