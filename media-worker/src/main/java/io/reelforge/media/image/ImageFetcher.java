package io.reelforge.media.image;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.FetchedResource;
import io.reelforge.common.net.ResponseTooLargeException;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads and decodes a product's images, keeping those that can be shown. One bad image is skipped; only when
 * none is usable does the job fail: at once when the images are missing or broken, or through the retry path when
 * at least one failed for a reason that may pass (a network error, a server error).
 */
public final class ImageFetcher {

    private static final Logger log = LoggerFactory.getLogger(ImageFetcher.class);
    private static final String ACCEPT = "image/*";

    private final SafeHttpClient http;
    private final ImageDecoder decoder;
    private final int maxCount;

    public ImageFetcher(SafeHttpClient http, ImageDecoder decoder, int maxCount) {
        this.http = http;
        this.decoder = decoder;
        this.maxCount = maxCount;
    }

    /**
     * @param progress told the fraction of images done after each one (it may throw to stop the work)
     * @throws PermanentJobFailure {@code no_usable_images} when no image can be used and trying again cannot help
     * @throws TransientJobFailure {@code no_usable_images} when no image can be used but some failed transiently
     */
    public ProductImages fetch(List<String> urls, DoubleConsumer progress) throws InterruptedException {
        List<String> tried = urls.stream().limit(maxCount).toList();
        var usable = new TreeMap<Integer, byte[]>();
        List<String> problems = new ArrayList<>();
        boolean retryable = false;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < tried.size(); i++) {
            String url = tried.get(i);
            try {
                byte[] file = download(url);
                // decoded here to know it is usable and not a duplicate, then dropped: only its file is kept
                Integer first = seen.putIfAbsent(PixelHash.of(decoder.decode(file)), i);
                if (first != null) {
                    log.info("image {} skipped: the same picture as image {}", i, first);
                } else {
                    usable.put(i, file);
                }
            } catch (UnusableImageException e) {
                log.warn("image {} skipped: {}", i, e.getMessage());
                problems.add(e.getMessage());
            } catch (ResponseTooLargeException | BlockedUrlException e) {
                log.warn("image {} skipped: {}", i, e.getMessage());
                problems.add(e instanceof BlockedUrlException ? "blocked URL" : "file too large");
            } catch (IOException e) {
                log.info("image {} could not be downloaded: {}", i, e.toString());
                problems.add("download failed");
                retryable = true;
            } catch (RetryableStatus e) {
                problems.add(e.getMessage());
                retryable = true;
            }
            progress.accept((i + 1) / (double) Math.max(1, tried.size()));
        }
        if (usable.isEmpty()) {
            String message = "None of the " + tried.size() + " image URLs tried gave a usable image"
                    + (problems.isEmpty() ? " (the product has no images)" : ": " + summary(problems));
            throw retryable ? new TransientJobFailure(ErrorCode.NO_USABLE_IMAGES, message)
                    : new PermanentJobFailure(ErrorCode.NO_USABLE_IMAGES, message);
        }
        return new ProductImages(usable, decoder);
    }

    /**
     * Downloads one image file that is not a product's (a brand's logo) under the same policy: the SSRF-safe client,
     * its size cap, image media types only. Undecoded: the caller decides how to read it.
     *
     * @throws UnusableImageException for an error status, a page served instead of an image, a refused address or
     *         a file over the size cap
     * @throws IOException when the download failed (the network, the server went away)
     */
    public byte[] downloadFile(String url) throws IOException, InterruptedException, UnusableImageException {
        try {
            return download(url);
        } catch (RetryableStatus e) {
            throw new UnusableImageException(e.getMessage());
        } catch (ResponseTooLargeException e) {
            throw new UnusableImageException("file too large");
        } catch (BlockedUrlException e) {
            throw new UnusableImageException("blocked URL: " + e.getMessage());
        }
    }

    private byte[] download(String url) throws IOException, InterruptedException, UnusableImageException,
            RetryableStatus {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new UnusableImageException("not a URL");
        }
        FetchedResource resource = http.get(uri, ACCEPT);
        int status = resource.status();
        if (status == 429 || status >= 500) {
            throw new RetryableStatus("HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            throw new UnusableImageException("HTTP " + status);
        }
        if (resource.mediaType().startsWith("text/")) {
            throw new UnusableImageException("not an image (" + resource.mediaType() + ")");
        }
        return resource.body();
    }

    /** "HTTP 404 (2), too small (1x1 px)" */
    private static String summary(List<String> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        problems.forEach(p -> counts.merge(p, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((problem, count) -> parts.add(count == 1 ? problem : problem + " x" + count));
        return String.join(", ", parts);
    }

    /** A status that may pass on another attempt (429, 5xx). */
    private static final class RetryableStatus extends Exception {
        RetryableStatus(String message) {
            super(message, null, false, false);
        }
    }
}
