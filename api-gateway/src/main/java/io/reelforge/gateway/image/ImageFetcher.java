package io.reelforge.gateway.image;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.FetchedResource;
import io.reelforge.common.net.ResponseTooLargeException;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UnresolvableHostException;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.job.UrlNotAllowedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Fetches a picture from another server for the console, through {@link SafeHttpClient} under the shared fetch
 * policy (every redirect hop checked, connections pinned to the approved addresses), with the image limits
 * ({@code reelforge.gateway.images}: a size cap, a short deadline), and passes it on only if its bytes are a
 * JPEG, PNG, GIF, WebP or AVIF picture (or SVG, where the caller allows it): whatever the server's Content-Type
 * says, an HTML page never leaves the gateway's origin. Recently fetched images are kept in an {@link ImageCache}.
 *
 * <p>Messages name the server by host only: image URLs often carry signed query strings.
 */
@Component
public class ImageFetcher {

    static final String ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,image/*;q=0.5";
    private static final String ACCEPT_SVG = ACCEPT + ",image/svg+xml;q=0.8";

    private final SafeHttpClient http;
    private final ImageCache cache;
    private final long maxBytes;

    ImageFetcher(UrlPolicy policy, ReelforgeProperties common, GatewayProperties properties, Clock clock) {
        GatewayProperties.Images images = properties.images();
        this.maxBytes = images.maxBytes().toBytes();
        this.http = new SafeHttpClient(policy, common.fetch().limitedTo(images.timeout(), maxBytes));
        this.cache = new ImageCache(images.cacheSize().toBytes(), images.cacheTtl(), clock);
    }

    /**
     * The picture at {@code url}.
     *
     * @param field what the URL is, for a refusal ({@code product.images[2]}, {@code logoUrl})
     * @param svgAllowed whether an SVG document is passed on (a logo) or refused (a product image)
     * @throws UrlNotAllowedException when the URL or a redirect is refused by the fetch policy, or does not resolve
     * @throws ImageUnavailableException when the server fails, or answers with no picture the console may show
     */
    FetchedImage fetch(String url, String field, boolean svgAllowed) throws InterruptedException {
        String key = (svgAllowed ? "svg " : "") + url;
        var cached = cache.find(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        URI uri;
        try {
            uri = UrlPolicy.parse(url);
        } catch (BlockedUrlException e) {
            throw new UrlNotAllowedException(field, "is not a valid web address");
        }
        FetchedResource response = download(uri, field, svgAllowed ? ACCEPT_SVG : ACCEPT);
        if (response.status() < 200 || response.status() > 299) {
            throw new ImageUnavailableException("The image server " + uri.getHost() + " answered HTTP "
                    + response.status() + ".", false);
        }
        ImageType type = ImageType.sniff(response.body(), svgAllowed).orElseThrow(() -> new ImageUnavailableException(
                "The image server " + uri.getHost() + " answered with something that is not a JPEG, PNG, GIF, WebP"
                        + (svgAllowed ? ", AVIF or SVG" : " or AVIF") + " picture.", true));
        FetchedImage image = new FetchedImage(response.body(), type);
        cache.keep(key, image);
        return image;
    }

    private FetchedResource download(URI uri, String field, String accept) throws InterruptedException {
        try {
            return http.get(uri, accept);
        } catch (BlockedUrlException | UnresolvableHostException e) {
            throw new UrlNotAllowedException(field, withoutQuery(e, uri));
        } catch (ResponseTooLargeException e) {
            throw new ImageUnavailableException("The image at " + uri.getHost() + " is larger than " + maxBytes
                    + " bytes, the most the gateway passes on.", false);
        } catch (HttpTimeoutException e) {
            throw new ImageUnavailableException("The image server " + uri.getHost() + " did not answer within "
                    + http.timeout().toMillis() + " ms.", false);
        } catch (IOException e) {
            throw new ImageUnavailableException("The image server " + uri.getHost() + " could not be reached ("
                    + withoutQuery(e, uri) + ").", false);
        }
    }

    private static String withoutQuery(IOException e, URI uri) {
        String message = Objects.requireNonNullElse(e.getMessage(), "is not allowed");
        String query = uri.getRawQuery();
        return query == null ? message : message.replace("?" + query, "?…");
    }
}
