package io.reelforge.scraper.tool;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.json.Json;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.scraper.extract.ProductExtractor;
import io.reelforge.scraper.fetch.FetchRetries;
import io.reelforge.scraper.fetch.PageDecoder;
import io.reelforge.scraper.fetch.PageLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code reelforge extract} does for each argument: read a saved page ({@code .html}, {@code .html.gz}) or
 * fetch a URL (through the scraper's {@link PageLoader}, so through the SSRF-safe client), extract the product,
 * and answer one JSON line: {@code {"file": ARG, "price": "29.99", "currency": "USD", "sku": ..., "availability":
 * "InStock", "images": [main first], "product": {...}}} or {@code {"file": ARG, "error": "..."}}.
 * A saved page's relative URLs resolve against {@code --base-url}, else the page's own canonical URL or
 * {@code og:url}, else the file. Never throws for a bad input: one bad page must not stop a batch.
 */
public final class ExtractTool {

    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0 Safari/537.36 Reelforge/0.1";

    private final ProductExtractor extractor;
    private final PageLoader loader;
    private final JsonMapper json = Json.mapper();

    public ExtractTool(ProductExtractor extractor, PageLoader loader) {
        this.extractor = extractor;
        this.loader = loader;
    }

    /**
     * A tool with the services' default fetch settings (5 s connect, 20 s in all, 5 MiB, 5 redirects) and quick
     * retries; {@code allowedHosts} may reach private addresses (a local test store).
     */
    public static ExtractTool withDefaults(List<String> allowedHosts) {
        ReelforgeProperties.Fetch fetch = new ReelforgeProperties.Fetch(Duration.ofSeconds(5), Duration.ofSeconds(20),
                5L * 1024 * 1024, 5, allowedHosts, USER_AGENT, "en-US,en;q=0.9");
        SafeHttpClient http = new SafeHttpClient(new UrlPolicy(allowedHosts), fetch);
        return new ExtractTool(new ProductExtractor(), new PageLoader(http, FetchRetries.defaults()));
    }

    /** The output line for one argument (no newline). */
    public String line(String argument, @Nullable URI baseUrl) throws InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", argument);
        try {
            Optional<ProductDetails> product = isUrl(argument) ? fromUrl(argument) : fromFile(Path.of(argument), baseUrl);
            if (product.isPresent()) {
                ProductDetails details = product.get();
                // the fields scorers read, at the top level and in their plain forms (price as a decimal string)
                out.put("price", details.price() == null ? null : details.price().toPlainString());
                out.put("currency", details.currency());
                out.put("sku", details.sku());
                out.put("availability", details.availability());
                out.put("images", details.images());
                out.put("product", details);
            } else {
                out.put("error", "not_a_product_page: no product markup, price or buyable product picture found");
            }
        } catch (PermanentJobFailure e) {
            out.put("error", e.code().name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
        } catch (TransientJobFailure e) {
            out.put("error", e.code().name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            out.put("error", "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return json.writeValueAsString(out);
    }

    private static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private Optional<ProductDetails> fromUrl(String url) throws InterruptedException {
        PageLoader.LoadedPage page = loader.load(url);
        return extractor.extract(page.document(), page.uri());
    }

    private Optional<ProductDetails> fromFile(Path file, @Nullable URI baseUrl) throws IOException {
        byte[] bytes = read(file);
        URI fileUri = file.toAbsolutePath().toUri();
        Document document = PageDecoder.parse(bytes, null, baseUrl != null ? baseUrl.toString() : fileUri.toString());
        URI pageUri = baseUrl != null ? baseUrl : ownUrl(document).orElse(fileUri);
        document.setBaseUri(pageUri.toString());
        return extractor.extract(document, pageUri);
    }

    private static byte[] read(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        boolean gzip = raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        if (!gzip) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }

    /** The page's own absolute address: its canonical link, else its og:url. */
    private static Optional<URI> ownUrl(Document document) {
        for (String selector : new String[] {"link[rel~=(?i)^canonical$][href]", "meta[property=og:url][content]"}) {
            Element element = document.selectFirst(selector);
            if (element != null) {
                String value = element.hasAttr("href") ? element.attr("href") : element.attr("content");
                try {
                    URI uri = new URI(value.strip().replace(" ", "%20"));
                    if (uri.isAbsolute() && uri.getHost() != null && isUrl(uri.toString())) {
                        return Optional.of(uri);
                    }
                } catch (Exception e) {
                    // an unreadable canonical URL is no worse than none
                }
            }
        }
        return Optional.empty();
    }
}
