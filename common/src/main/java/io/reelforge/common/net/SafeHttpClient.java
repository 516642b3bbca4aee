package io.reelforge.common.net;

import io.reelforge.common.config.ReelforgeProperties;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLContext;

/**
 * The one way Reelforge downloads anything from a user-supplied URL (product pages, images, webhooks' targets):
 * every URL and every redirect hop passes {@link UrlPolicy} and is then fetched from exactly the addresses the
 * policy approved (no second DNS lookup, see {@link PinnedHttpExchange}); one deadline for the whole request
 * (connect, TLS handshake, every redirect hop, headers and body: a server trickling one byte a second cannot stretch
 * it, since the limit is not per read); a cap on the body; gzip and deflate; a browser-like User-Agent and
 * Accept-Language, because many stores refuse unknown clients.
 */
public class SafeHttpClient {

    private final UrlPolicy policy;
    private final ReelforgeProperties.Fetch settings;
    private final PinnedHttpExchange exchange;

    public SafeHttpClient(UrlPolicy policy, ReelforgeProperties.Fetch settings) {
        this(policy, settings, defaultTls());
    }

    /** With a TLS context of the caller's (tests trusting a local certificate). */
    public SafeHttpClient(UrlPolicy policy, ReelforgeProperties.Fetch settings, SSLContext tls) {
        this.policy = policy;
        this.settings = settings;
        this.exchange = new PinnedHttpExchange(tls);
    }

    /**
     * GETs the URL, following at most {@code maxRedirects} redirects, each checked again, all within
     * {@code reelforge.fetch.timeout} from now.
     *
     * @param accept the Accept header to send
     * @throws BlockedUrlException when a hop is not allowed, or there are too many redirects
     * @throws UnresolvableHostException when a hop's host does not resolve
     * @throws ResponseTooLargeException when the body passes the cap
     * @throws HttpTimeoutException when the connection or the whole request takes too long
     */
    public FetchedResource get(URI uri, String accept) throws IOException, InterruptedException {
        return get(uri, accept, Instant.now().plus(settings.timeout()));
    }

    /**
     * The same, finished by {@code deadline} or by {@code reelforge.fetch.timeout} from now, whichever comes
     * first: for a caller whose own budget spans several requests (the scraper's quick retries of one page). The
     * deadline bounds everything a request does after the host is looked up: connecting, the TLS handshake, each
     * redirect hop, the headers and the whole body, however slowly the server sends it.
     *
     * @throws HttpTimeoutException when the deadline passes first
     */
    public FetchedResource get(URI uri, String accept, Instant deadline) throws IOException, InterruptedException {
        Instant own = Instant.now().plus(settings.timeout());
        deadline = deadline.isBefore(own) ? deadline : own;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", accept);
        headers.put("Accept-Language", settings.acceptLanguage());
        headers.put("Accept-Encoding", "gzip, deflate");
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("fetching " + uri + " was interrupted");
            }
            List<InetAddress> approved = policy.check(current);
            if (!Instant.now().isBefore(deadline)) {
                // a slow DNS answer cannot be interrupted, but it still counts against the deadline
                throw new HttpTimeoutException("fetching " + uri + " ran past its deadline");
            }
            try (PinnedHttpExchange.RawResponse response =
                    exchange.get(current, approved, headers, settings.connectTimeout(), deadline)) {
                int status = response.status();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = PinnedHttpExchange.first(response.headers(), "Location");
                    if (location.isBlank()) {
                        throw new IOException("redirect " + status + " without a Location from " + current);
                    }
                    current = next(current, location);
                    continue;
                }
                String encoding = PinnedHttpExchange.first(response.headers(), "Content-Encoding")
                        .toLowerCase(Locale.ROOT).trim();
                byte[] body = readCapped(decode(response.body(), encoding), settings.maxBytes(), current);
                String contentType = PinnedHttpExchange.first(response.headers(), "Content-Type");
                return new FetchedResource(current, status, contentType.isEmpty() ? null : contentType, body,
                        response.headers());
            }
        }
        throw new BlockedUrlException("more than " + settings.maxRedirects() + " redirects from " + uri);
    }

    /** How long one request may take in all ({@code reelforge.fetch.timeout}). */
    public Duration timeout() {
        return settings.timeout();
    }

    private static URI next(URI current, String location) throws BlockedUrlException {
        try {
            return current.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new BlockedUrlException("a redirect from " + current + " to an unreadable address: " + location);
        }
    }

    private static InputStream decode(InputStream raw, String encoding) throws IOException {
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> deflate(raw);
            default -> raw;
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send the raw stream: the first byte tells. */
    private static InputStream deflate(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(1);
        int first = in.read();
        in.reset();
        boolean zlib = first != -1 && (first & 0x0f) == 8;
        return new InflaterInputStream(in, new Inflater(!zlib));
    }

    private static byte[] readCapped(InputStream in, long max, URI uri) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > max) {
                    throw new ResponseTooLargeException("the response from " + uri.getHost() + " is larger than "
                            + max + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }
}
