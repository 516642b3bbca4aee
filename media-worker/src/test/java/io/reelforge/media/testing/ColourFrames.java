package io.reelforge.media.testing;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Decoded frames of a video in colour, for checking what colour something on screen has. */
public final class ColourFrames {

    private ColourFrames() {
    }

    /** The frame shown at {@code seconds}, as RGB. */
    public static BufferedImage at(Path video, double seconds) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            int wanted = (int) Math.floor(seconds * grabber.getVideoFrameRate());
            Frame frame = null;
            for (int i = 0; i <= wanted; i++) {
                Frame next = grabber.grabImage();
                if (next == null) {
                    break;
                }
                frame = next;
            }
            if (frame == null) {
                throw new IllegalStateException("no frame in " + video);
            }
            BufferedImage shared = converter.convert(frame); // shares the grabber's buffer: copy it
            BufferedImage copy = new BufferedImage(shared.getWidth(), shared.getHeight(), BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(shared, 0, 0, null);
            return copy;
        }
    }

    /** The share of the pixels in {@code area} whose colour is within {@code distance} of {@code colour}. */
    public static double shareNear(BufferedImage frame, Rectangle area, Color colour, double distance) {
        Rectangle inside = area.intersection(new Rectangle(0, 0, frame.getWidth(), frame.getHeight()));
        int near = 0;
        for (int y = inside.y; y < inside.y + inside.height; y++) {
            for (int x = inside.x; x < inside.x + inside.width; x++) {
                if (distance(new Color(frame.getRGB(x, y)), colour) <= distance) {
                    near++;
                }
            }
        }
        return inside.isEmpty() ? 0 : near / (double) (inside.width * inside.height);
    }

    /** Euclidean distance of two colours in RGB, 0 to 441. */
    public static double distance(Color a, Color b) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl);
    }
}
