package io.reelforge.gateway.feed;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.BlockedUrlException;
import io.reelforge.common.net.FetchedResource;
import io.reelforge.common.net.ResponseTooLargeException;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UnresolvableHostException;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.gateway.job.UrlNotAllowedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Downloads a feed by URL and reads it. The download goes through {@link SafeHttpClient} under the same address
 * policy as product pages ({@link UrlPolicy}: every redirect hop checked, connections pinned to the approved
 * addresses), with the feed's own limits instead of a page's: {@link FeedLimits#maxBytes()} (a catalog is far
 * larger than a page) and one deadline for the whole fetch, {@link FeedLimits#fetchTimeout()}.
 *
 * <p>Messages name the feed by host and path only: feed URLs often carry an access token in their query.
 */
public class FeedLoader {

    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
            + " text/csv;q=0.9, text/tab-separated-values;q=0.9, */*;q=0.5";

    private final SafeHttpClient http;
    private final FeedReader reader;

    /** @param fetch the shared fetch settings (allowed hosts, redirects, user agent, connect timeout) */
    public FeedLoader(UrlPolicy policy, ReelforgeProperties.Fetch fetch, FeedReader reader) {
        FeedLimits limits = reader.limits();
        this.http = new SafeHttpClient(policy, fetch.limitedTo(limits.fetchTimeout(), limits.maxBytes().toBytes()));
        this.reader = reader;
    }

    /**
     * The feed at {@code url}.
     *
     * @param field the request field that holds the URL, for {@link UrlNotAllowedException}
     * @throws UrlNotAllowedException when the URL, or a redirect, is refused by the policy or its host does not
     *         resolve (as for a product URL at submit)
     * @throws FeedUnavailableException when the server answers an error, too slowly, or not at all
     * @throws FeedTooLargeException when the feed passes a limit
     * @throws InvalidFeedException when what it serves is not a feed Reelforge reads
     */
    public ParsedFeed load(String url, String field) throws InterruptedException {
        URI uri;
        try {
            uri = UrlPolicy.parse(url);
        } catch (BlockedUrlException e) {
            throw new UrlNotAllowedException(field, "is not a valid web address");
        }
        FetchedResource response = fetch(uri, field);
        int status = response.status();
        if (status < 200 || status > 299) {
            throw new FeedUnavailableException("The feed at " + shown(uri) + " could not be downloaded: the server"
                    + " answered HTTP " + status + ".");
        }
        return reader.read(response.body(), response.contentType());
    }

    private FetchedResource fetch(URI uri, String field) throws InterruptedException {
        try {
            return http.get(uri, ACCEPT);
        } catch (BlockedUrlException | UnresolvableHostException e) {
            throw new UrlNotAllowedException(field, scrubbed(e, uri, "is not allowed"));
        } catch (ResponseTooLargeException e) {
            throw CappedInputStream.tooLarge(reader.limits());
        } catch (HttpTimeoutException e) {
            throw new FeedUnavailableException("The feed at " + shown(uri) + " did not arrive within "
                    + seconds(http.timeout()) + "; try again later.");
        } catch (IOException e) {
            throw new FeedUnavailableException("The feed at " + shown(uri) + " could not be downloaded ("
                    + scrubbed(e, uri, "the connection failed") + ").");
        }
    }

    /** The exception's message without the feed URL's query, which may hold a token. */
    private static String scrubbed(IOException e, URI uri, String otherwise) {
        String message = Objects.requireNonNullElse(e.getMessage(), otherwise);
        String query = uri.getRawQuery();
        return query == null ? message : message.replace("?" + query, "?…");
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The URL without query, fragment or user info. */
    private static String shown(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + Objects.requireNonNullElse(uri.getRawPath(), "");
    }
}
