package io.reelforge.media.image;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a downloaded image into an opaque BGR picture (the first frame of an animation). ImageIO handles JPEG,
 * PNG, GIF and BMP; anything it cannot read (WebP, AVIF, CMYK JPEGs) goes through FFmpeg. The size is checked
 * from the header before decoding wherever it can be read, so a small file that expands to gigapixels (a
 * decompression bomb) is refused without being decoded.
 *
 * <p>A picture is kept at no more than {@code keptPixels}: a 24-megapixel product photo would otherwise hold 72 MB of
 * heap for the whole render to fill a frame of 2 megapixels. Very large JPEGs and PNGs are read at every n-th pixel
 * already ({@code n} chosen so at least four times the kept pixels are read, which leaves the real reduction to a
 * filtered downscale), so decoding one never needs much more than that either.
 */
public final class ImageDecoder {

    /** Enough for the largest format's plate: 1920x1080 and 12 % more each way is 2.6 MP. */
    public static final long DEFAULT_KEPT_PIXELS = 3_000_000;

    private final long maxPixels;
    private final int minShortSide;
    private final long keptPixels;

    public ImageDecoder(long maxPixels, int minShortSide) {
        this(maxPixels, minShortSide, DEFAULT_KEPT_PIXELS);
    }

    /** @param keptPixels larger pictures are scaled down to this many pixels, their aspect kept */
    public ImageDecoder(long maxPixels, int minShortSide, long keptPixels) {
        this.maxPixels = maxPixels;
        this.minShortSide = minShortSide;
        this.keptPixels = keptPixels;
    }

    public BufferedImage decode(byte[] bytes) throws UnusableImageException {
        return ExifOrientation.apply(withinKeptPixels(opaqueBgr(read(bytes))), ExifOrientation.of(bytes));
    }

    /**
     * Decodes a picture that is drawn over others (a brand's logo), keeping its transparency: a
     * {@code TYPE_INT_ARGB} picture of at most {@code keptPixels}, checked and read as {@link #decode} reads.
     */
    public BufferedImage decodeTransparent(byte[] bytes) throws UnusableImageException {
        BufferedImage decoded = read(bytes);
        int orientation = ExifOrientation.of(bytes);
        if (orientation != ExifOrientation.UPRIGHT) {
            decoded = ExifOrientation.apply(opaqueBgr(decoded), orientation); // a JPEG: it has no alpha to keep
        }
        long pixels = (long) decoded.getWidth() * decoded.getHeight();
        double factor = pixels <= keptPixels ? 1 : Math.sqrt(keptPixels / (double) pixels);
        int width = Math.max(1, (int) (decoded.getWidth() * factor));
        int height = Math.max(1, (int) (decoded.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private BufferedImage read(byte[] bytes) throws UnusableImageException {
        BufferedImage decoded = decodeWithImageIo(bytes);
        if (decoded == null) {
            Optional<Dimension> header = ImageHeaders.webpSize(bytes);
            if (header.isPresent()) {
                checkSize(header.get().width, header.get().height);
            }
            decoded = decodeWithFfmpeg(bytes);
        }
        return decoded;
    }

    private BufferedImage withinKeptPixels(BufferedImage image) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels <= keptPixels) {
            return image;
        }
        double factor = Math.sqrt(keptPixels / (double) pixels);
        return ImageScaling.scale(image, Math.max(1, (int) (image.getWidth() * factor)),
                Math.max(1, (int) (image.getHeight() * factor)));
    }

    /** Reading every n-th pixel of each n-th row: only for pictures of over four times the kept pixels. */
    private int subsampling(int width, int height) {
        return (int) Math.max(1, Math.ceil(Math.sqrt((long) width * height / (4.0 * keptPixels))));
    }

    /** Null when ImageIO has no reader for the format or fails on it; throws when the image is refused. */
    private @Nullable BufferedImage decodeWithImageIo(byte[] bytes) throws UnusableImageException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (input == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    // ImageIO fills what a truncated or corrupt file lacks with grey and only warns
                    throw new UnusableImageException("damaged image (" + warnings.getFirst() + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (UnusableImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return null; // unsupported variant (CMYK JPEG, odd PNG): FFmpeg may still read it
        }
    }

    private BufferedImage decodeWithFfmpeg(byte[] bytes) throws UnusableImageException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(bytes), bytes.length);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            checkSize(grabber.getImageWidth(), grabber.getImageHeight());
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new UnusableImageException("no picture in the file");
            }
            return copy(converter.convert(frame)); // the converter's image shares the grabber's buffer
        } catch (IOException e) {
            throw new UnusableImageException("not a readable image");
        }
    }

    private void checkSize(int width, int height) throws UnusableImageException {
        if (width <= 0 || height <= 0) {
            throw new UnusableImageException("no picture in the file");
        }
        if ((long) width * height > maxPixels) {
            throw new UnusableImageException("too large (" + width + "x" + height + " px)");
        }
        if (Math.min(width, height) < minShortSide) {
            throw new UnusableImageException("too small (" + width + "x" + height + " px)");
        }
    }

    /** Transparent areas become white, as product shots on a page are seen. */
    private static BufferedImage opaqueBgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        out.setData(image.getRaster());
        return out;
    }
}
