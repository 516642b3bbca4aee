package io.reelforge.media.testing;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Every decoded frame of a video's picture as luma (grey) bytes, with the stream's frame rate. */
public record VideoFrames(int width, int height, double frameRate, List<byte[]> lumas) {

    public static VideoFrames of(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            grabber.start();
            int w = grabber.getImageWidth();
            int h = grabber.getImageHeight();
            List<byte[]> lumas = new ArrayList<>();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                byte[] luma = new byte[w * h];
                for (int y = 0; y < h; y++) {
                    pixels.get(y * frame.imageStride, luma, y * w, w);
                }
                lumas.add(luma);
            }
            return new VideoFrames(w, h, grabber.getVideoFrameRate(), lumas);
        }
    }

    /** The frame shown at {@code seconds}. */
    public byte[] at(double seconds) {
        return lumas.get(Math.min(lumas.size() - 1, (int) Math.floor(seconds * frameRate)));
    }

    /** A picture's luma as {@link #of} decodes a video's: BT.709 weights, 0..255. */
    public static byte[] luma(BufferedImage picture) {
        int w = picture.getWidth();
        byte[] luma = new byte[w * picture.getHeight()];
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                int p = picture.getRGB(x, y);
                luma[y * w + x] = (byte) Math.round(0.2126 * (p >> 16 & 0xFF) + 0.7152 * (p >> 8 & 0xFF)
                        + 0.0722 * (p & 0xFF));
            }
        }
        return luma;
    }

    public static double meanLuma(byte[] luma) {
        long sum = 0;
        for (byte b : luma) {
            sum += b & 0xFF;
        }
        return sum / (double) luma.length;
    }

    /** Mean absolute difference of two frames' luma, 0..255. */
    public static double difference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return sum / (double) a.length;
    }
}
