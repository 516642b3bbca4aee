package io.reelforge.common.net;

import io.reelforge.common.config.ReelforgeProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The one way Reelforge downloads anything from a user-supplied URL (product pages, images, later webhooks'
 * targets): every URL and every redirect hop passes {@link UrlPolicy}; connect and total timeouts; a cap on the
 * body; gzip and deflate; a browser-like User-Agent, because many stores refuse unknown clients.
 */
public class SafeHttpClient {

    private final UrlPolicy policy;
    private final ReelforgeProperties.Fetch settings;
    private final HttpClient http;

    public SafeHttpClient(UrlPolicy policy, ReelforgeProperties.Fetch settings) {
        this.policy = policy;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * GETs the URL, following at most {@code maxRedirects} redirects, each checked again.
     *
     * @param accept the Accept header to send
     * @throws BlockedUrlException when a hop is not allowed
     * @throws ResponseTooLargeException when the body passes the cap
     */
    public FetchedResource get(URI uri, String accept) throws IOException, InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            policy.check(current);
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", accept)
                    .header("Accept-Language", settings.acceptLanguage())
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET()
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                response.body().close();
                if (location == null) {
                    throw new IOException("redirect " + status + " without a Location from " + current);
                }
                current = current.resolve(location.trim().replace(" ", "%20"));
                continue;
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
            byte[] body = readCapped(decode(response.body(), encoding), settings.maxBytes(), current);
            return new FetchedResource(current, status,
                    response.headers().firstValue("Content-Type").orElse(null), body);
        }
        throw new BlockedUrlException("more than " + settings.maxRedirects() + " redirects from " + uri);
    }

    private static InputStream decode(InputStream raw, String encoding) throws IOException {
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> raw;
        };
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
}
