package io.reelforge.media.brand;

import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.ImageFetcher;
import io.reelforge.media.image.UnusableImageException;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Fetches a brand's logo through the image fetcher (the SSRF-safe client, its size cap, image types only) and reads
 * it: SVG rasterised by {@link SafeSvg}, anything else decoded as product images are (PNG, JPEG, GIF, WebP, with the
 * size checked from the header first) but keeping its transparency. A logo needs no more than {@link #MAX_SIDE}
 * pixels: it is shown at most a few hundred wide.
 */
public final class LogoSource {

    /** The longer side a logo is kept at. */
    public static final int MAX_SIDE = 1024;
    /** The smallest logo read: smaller ones are a smudge on a card. */
    static final int MIN_SHORT_SIDE = 16;

    private final ImageFetcher fetcher;
    private final ImageDecoder decoder;

    /** @param maxPixels larger raster logos are refused from their header, before decoding */
    public LogoSource(ImageFetcher fetcher, long maxPixels) {
        this.fetcher = fetcher;
        this.decoder = decoder(maxPixels);
    }

    /**
     * @throws UnusableImageException when the logo is refused, missing or unreadable
     * @throws IOException when it could not be downloaded
     */
    public BufferedImage fetch(String url) throws IOException, InterruptedException, UnusableImageException {
        return read(fetcher.downloadFile(url), decoder);
    }

    /** Reads a logo file already at hand (a local render's). */
    public static BufferedImage read(byte[] file, long maxPixels) throws UnusableImageException {
        return read(file, decoder(maxPixels));
    }

    private static BufferedImage read(byte[] file, ImageDecoder decoder) throws UnusableImageException {
        return SafeSvg.looksLikeSvg(file) ? SafeSvg.rasterise(file, MAX_SIDE) : decoder.decodeTransparent(file);
    }

    private static ImageDecoder decoder(long maxPixels) {
        return new ImageDecoder(maxPixels, MIN_SHORT_SIDE, (long) MAX_SIDE * MAX_SIDE);
    }
}
