package io.reelforge.media.image;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
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
 */
public final class ImageDecoder {

    private final long maxPixels;
    private final int minShortSide;

    public ImageDecoder(long maxPixels, int minShortSide) {
        this.maxPixels = maxPixels;
        this.minShortSide = minShortSide;
    }

    public BufferedImage decode(byte[] bytes) throws UnusableImageException {
        BufferedImage decoded = decodeWithImageIo(bytes);
        if (decoded == null) {
            Optional<Dimension> header = ImageHeaders.webpSize(bytes);
            if (header.isPresent()) {
                checkSize(header.get().width, header.get().height);
            }
            decoded = decodeWithFfmpeg(bytes);
        }
        checkSize(decoded.getWidth(), decoded.getHeight());
        return ExifOrientation.apply(opaqueBgr(decoded), ExifOrientation.of(bytes));
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
                checkSize(reader.getWidth(0), reader.getHeight(0));
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
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
