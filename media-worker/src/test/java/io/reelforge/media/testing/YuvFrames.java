package io.reelforge.media.testing;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Every decoded frame of a video's picture in colour, as its yuv420p planes (the format the video is encoded in, so
 * nothing is converted): for tests that look for a colour, such as a highlighted caption word.
 */
public record YuvFrames(int width, int height, double frameRate, List<Planes> frames) {

    /** One frame: luma at full size, the blue- and red-difference chroma at half size each way. */
    public record Planes(int width, byte[] luma, byte[] blue, byte[] red) {

        /** The blue-difference chroma (Cb, 0..255, 128 for grey) at chroma sample {@code cx, cy}. */
        public int blueAt(int cx, int cy) {
            return blue[cy * (width / 2) + cx] & 0xFF;
        }
    }

    public static YuvFrames of(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            grabber.start();
            int w = grabber.getImageWidth();
            int h = grabber.getImageHeight();
            List<Planes> frames = new ArrayList<>();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                // the grabber limits the buffer to the luma plane; the chroma planes follow it in the same buffer
                ByteBuffer pixels = ((ByteBuffer) frame.image[0]).duplicate();
                pixels.limit(pixels.capacity());
                int stride = frame.imageStride;
                byte[] luma = copy(pixels, 0, stride, w, h);
                int chromaStride = stride / 2;
                byte[] blue = copy(pixels, stride * h, chromaStride, w / 2, h / 2);
                byte[] red = copy(pixels, stride * h + chromaStride * (h / 2), chromaStride, w / 2, h / 2);
                frames.add(new Planes(w, luma, blue, red));
            }
            return new YuvFrames(w, h, grabber.getVideoFrameRate(), frames);
        }
    }

    private static byte[] copy(ByteBuffer pixels, int offset, int stride, int w, int h) {
        byte[] plane = new byte[w * h];
        for (int y = 0; y < h; y++) {
            pixels.get(offset + y * stride, plane, y * w, w);
        }
        return plane;
    }
}
