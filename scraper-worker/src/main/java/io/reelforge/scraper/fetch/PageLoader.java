package io.reelforge.scraper.fetch;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.FetchedResource;
import io.reelforge.common.net.ResponseTooLargeException;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UnresolvableHostException;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Fetches a product page through {@link SafeHttpClient} and turns every way that can go wrong into the job error
 * a client can act on: a refused address or a 404 fails the job at once; a 503, a 429, a 403 (often a bot
 * wall that lifts later) is first asked again a few times within the stage ({@link FetchRetries}, honouring
 * {@code Retry-After}), then, like a timeout, a host that does not resolve or a dropped connection, left to the
 * job's retries; anything that is not HTML fails at once.
 *
 * <p>One deadline ({@link SafeHttpClient#timeout()}, {@code reelforge.fetch.timeout}) covers the whole load of a
 * page: every request, redirect and byte of body, and the quick retries with their waits. A page that trickles
 * its bytes, or a server that keeps answering 503, holds the worker's thread no longer than that.
 */
public class PageLoader {

    static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final SafeHttpClient http;
    private final FetchRetries retries;

    public PageLoader(SafeHttpClient http) {
        this(http, FetchRetries.defaults());
    }

    public PageLoader(SafeHttpClient http, FetchRetries retries) {
        this.http = http;
        this.retries = retries;
    }

    /**
     * The page at {@code url}, parsed.
     *
     * @throws PermanentJobFailure for a URL, status or content that another attempt cannot fix
     * @throws TransientJobFailure for failures worth retrying
     */
    public LoadedPage load(String url) throws InterruptedException {
        URI uri = parse(url);
        Instant deadline = Instant.now().plus(http.timeout());
        FetchedResource response = fetch(url, uri, deadline);
        for (int attempt = 1; attempt < retries.attempts() && isPassing(response.status()); attempt++) {
            Duration wait = response.retryAfter(Instant.now())
                    .orElse(retries.backoff().multipliedBy(1L << Math.min(attempt - 1, 10)));
            if (wait.compareTo(retries.maxWait()) > 0 || !Instant.now().plus(wait).isBefore(deadline)) {
                break; // the server wants a longer pause than is left: the job's own retry comes later
            }
            Thread.sleep(wait.toMillis());
            response = fetch(url, uri, deadline);
        }
        checkStatus(url, response.status());
        if (isJson(response.mediaType())) {
            return new LoadedPage(response.uri(), PageDecoder.jsonDocument(response));
        }
        checkHtml(url, response);
        return new LoadedPage(response.uri(), PageDecoder.parse(response));
    }

    /** Product JSON some stores serve (Shopify's {@code /products/<handle>.json}, bare JSON-LD). */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.equals("application/ld+json")
                || mediaType.equals("text/json");
    }

    private FetchedResource fetch(String url, URI uri, Instant deadline) throws InterruptedException {
        try {
            return http.get(uri, ACCEPT, deadline);
        } catch (BlockedUrlException e) {
            throw new PermanentJobFailure(ErrorCode.BLOCKED_URL, "Reelforge will not fetch " + url + ": "
                    + e.getMessage() + ". Submit the public address of the product page.", e);
        } catch (UnresolvableHostException e) {
            throw new TransientJobFailure(ErrorCode.HOST_NOT_FOUND, "The address " + url + " names a host that does"
                    + " not exist (" + e.getMessage() + "); check the URL for a typo.", e);
        } catch (ResponseTooLargeException e) {
            throw new PermanentJobFailure(ErrorCode.FETCH_FAILED, "The page at " + url + " is too large to read ("
                    + e.getMessage() + "). Submit the product's own page rather than a file or a catalogue.", e);
        } catch (HttpConnectTimeoutException e) {
            throw new TransientJobFailure(ErrorCode.TIMEOUT, "The store at " + uri.getHost()
                    + " did not accept a connection in time for " + url + "; try again later.", e);
        } catch (HttpTimeoutException e) {
            throw new TransientJobFailure(ErrorCode.TIMEOUT, "The page " + url + " did not arrive within "
                    + seconds(http.timeout()) + " (the time allowed for a whole page); the store may be"
                    + " overloaded: try again later.", e);
        } catch (IOException e) {
            throw new TransientJobFailure(ErrorCode.FETCH_FAILED, "Could not download " + url + " ("
                    + describe(e) + "); check that the site is up, then try again.", e);
        }
    }

    private static boolean isPassing(int status) {
        return status == 403 || status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private static URI parse(String url) {
        try {
            URI uri = UrlPolicy.parse(url);
            if (uri.getHost() == null && uri.getRawAuthority() == null) {
                throw new BlockedUrlException("no host");
            }
            return uri;
        } catch (BlockedUrlException e) {
            throw new PermanentJobFailure(ErrorCode.BLOCKED_URL, "'" + url + "' is not a valid web address; "
                    + "submit a full product page URL such as https://shop.example/products/1.", e);
        }
    }

    private static void checkStatus(String url, int status) {
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 404 || status == 410) {
            throw new PermanentJobFailure(ErrorCode.PAGE_NOT_FOUND, "The page " + url + " does not exist (HTTP "
                    + status + "). Check the URL; the product may have been removed.");
        }
        if (isPassing(status)) {
            throw new TransientJobFailure(ErrorCode.FETCH_FAILED, "The store answered HTTP " + status + " for "
                    + url + (status == 403 || status == 429 ? " (it may be limiting automated visits)" : "")
                    + "; try again later.");
        }
        throw new PermanentJobFailure(ErrorCode.FETCH_FAILED, "The store answered HTTP " + status + " for " + url
                + "; check that the URL opens the product page in a browser.");
    }

    private static void checkHtml(String url, FetchedResource response) {
        String mediaType = response.mediaType();
        boolean html = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
                || (mediaType.isEmpty() && PageDecoder.looksLikeHtml(response.body()));
        if (!html) {
            String what = mediaType.isEmpty() ? "content of an unknown type" : mediaType;
            throw new PermanentJobFailure(ErrorCode.NOT_HTML, "The URL " + url + " returned " + what
                    + ", not a web page or product JSON. Submit the address of the product's HTML page.");
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        return message == null || message.isBlank() ? name : message;
    }

    /** A fetched, parsed page and where it was finally found (after redirects): relative URLs resolve there. */
    public record LoadedPage(URI uri, Document document) {
    }
}
