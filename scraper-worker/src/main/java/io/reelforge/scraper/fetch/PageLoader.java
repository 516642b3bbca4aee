package io.reelforge.scraper.fetch;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.FetchedResource;
import io.reelforge.common.net.ResponseTooLargeException;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Fetches a product page through {@link SafeHttpClient} and turns every way that can go wrong into the job error
 * a client can act on: a refused address or a 404 fails the job at once; a 503, a 429, a 403 (often a bot
 * wall that lifts later), a timeout or a dropped connection is retried; anything that is not HTML fails at once.
 */
public class PageLoader {

    static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final SafeHttpClient http;

    public PageLoader(SafeHttpClient http) {
        this.http = http;
    }

    /**
     * The page at {@code url}, parsed.
     *
     * @throws PermanentJobFailure for a URL, status or content that another attempt cannot fix
     * @throws TransientJobFailure for failures worth retrying
     */
    public LoadedPage load(String url) throws InterruptedException {
        URI uri = parse(url);
        FetchedResource response;
        try {
            response = http.get(uri, ACCEPT);
        } catch (BlockedUrlException e) {
            throw new PermanentJobFailure(ErrorCode.BLOCKED_URL, "Reelforge will not fetch " + url + ": "
                    + e.getMessage() + ". Submit the public address of the product page.", e);
        } catch (ResponseTooLargeException e) {
            throw new PermanentJobFailure(ErrorCode.FETCH_FAILED, "The page at " + url + " is too large to read ("
                    + e.getMessage() + "). Submit the product's own page rather than a file or a catalogue.", e);
        } catch (HttpTimeoutException e) {
            throw new TransientJobFailure(ErrorCode.FETCH_FAILED, "The store at " + uri.getHost()
                    + " did not answer in time for " + url + "; try again later.", e);
        } catch (IOException e) {
            throw new TransientJobFailure(ErrorCode.FETCH_FAILED, "Could not download " + url + " ("
                    + describe(e) + "); check that the site is up, then try again.", e);
        }
        checkStatus(url, response.status());
        checkHtml(url, response);
        return new LoadedPage(response.uri(), PageDecoder.parse(response));
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
            return uri;
        } catch (URISyntaxException e) {
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
        if (status == 403 || status == 408 || status == 425 || status == 429 || status >= 500) {
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
                    + ", not a web page. Submit the address of the product's HTML page.");
        }
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
