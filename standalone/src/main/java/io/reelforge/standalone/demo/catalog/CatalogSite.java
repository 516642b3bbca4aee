package io.reelforge.standalone.demo.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers the sample store's {@code /catalog/} requests (paths in {@link CatalogUrls}): the index, product pages,
 * photos, the Merchant feed and the CSV exports. The feeds take {@code ?size=N} for the catalog's first N products
 * (0 to the catalog's size; default: all). Knows nothing of HTTP servers: the store hands it a path and a query.
 */
public final class CatalogSite {

    /** An answer to send: status, content type, body. */
    public record Reply(int status, String contentType, byte[] body) {

        static Reply text(int status, String contentType, String body) {
            return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String ROOT = "/catalog";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String CSV = "text/csv; charset=utf-8";

    private final SampleCatalog catalog;
    private final CatalogImages images;
    private final CatalogPage pages = new CatalogPage();
    private final MerchantFeed feed = new MerchantFeed();

    public CatalogSite(SampleCatalog catalog, CatalogImages images) {
        this.catalog = catalog;
        this.images = images;
    }

    /** Whether {@code path} is the catalog's to answer. */
    public static boolean serves(String path) {
        return path.equals(ROOT) || path.startsWith(CatalogUrls.INDEX_PATH);
    }

    public Reply answer(String path, @Nullable String query, CatalogUrls urls) {
        if (path.equals(ROOT) || path.equals(CatalogUrls.INDEX_PATH)) {
            return Reply.text(200, HTML, index());
        }
        if (path.startsWith(CatalogUrls.PRODUCTS_PATH)) {
            return catalog.bySlug(path.substring(CatalogUrls.PRODUCTS_PATH.length()))
                    .map(product -> Reply.text(200, HTML, pages.html(product, urls)))
                    .orElseGet(CatalogSite::notFound);
        }
        if (path.startsWith(CatalogUrls.IMAGES_PATH)) {
            return image(path.substring(CatalogUrls.IMAGES_PATH.length()));
        }
        return switch (path) {
            case CatalogUrls.FEED_PATH -> sized(query, products -> Reply.text(200, RSS, feed.xml(products, urls)));
            case CatalogUrls.FEED_CSV_PATH -> sized(query, products -> Reply.text(200, CSV,
                    CatalogCsv.products(products, urls)));
            case CatalogUrls.URLS_CSV_PATH -> sized(query, products -> Reply.text(200, CSV,
                    CatalogCsv.urls(products, urls)));
            default -> notFound();
        };
    }

    /** {@code <slug>-<n>.jpg}: photo n of the product. */
    private Reply image(String file) {
        int dash = file.lastIndexOf('-');
        if (dash < 0 || !file.endsWith(".jpg")) {
            return notFound();
        }
        Optional<CatalogProduct> product = catalog.bySlug(file.substring(0, dash));
        int number;
        try {
            number = Integer.parseInt(file.substring(dash + 1, file.length() - ".jpg".length()));
        } catch (NumberFormatException e) {
            return notFound();
        }
        if (product.isEmpty() || number < 1 || number > product.get().imageCount()) {
            return notFound();
        }
        return new Reply(200, "image/jpeg", images.jpeg(product.get(), number));
    }

    private Reply sized(@Nullable String query, Function<List<CatalogProduct>, Reply> answer) {
        String size = parameter(query, "size");
        if (size == null) {
            return answer.apply(catalog.products());
        }
        try {
            int count = Integer.parseInt(size);
            if (count >= 0 && count <= catalog.size()) {
                return answer.apply(catalog.first(count));
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        return Reply.text(400, "text/plain; charset=utf-8", "size must be a whole number from 0 to " + catalog.size()
                + " (the catalog's size), not '" + size + "'");
    }

    private static @Nullable String parameter(@Nullable String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private String index() {
        StringBuilder list = new StringBuilder();
        for (CatalogProduct product : catalog.products()) {
            list.append("    <li><a href=\"").append(CatalogUrls.PRODUCTS_PATH).append(product.slug()).append("\">")
                    .append(Html.escape(product.name())).append("</a> $")
                    .append(product.currentPrice().toPlainString()).append(product.inStock() ? "" : " (sold out)")
                    .append("</li>\n");
        }
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Catalog | %1$s</title></head>
                <body>
                  <h1>%1$s: %2$d products</h1>
                  <p>Feeds: <a href="%3$s">Google Merchant (RSS)</a>, <a href="%4$s">products (CSV)</a>,
                    <a href="%5$s">page URLs (CSV)</a>; add <code>?size=N</code> for the first N products.</p>
                  <ul>
                %6$s  </ul>
                </body>
                </html>
                """.formatted(CatalogPage.SITE_NAME, catalog.size(), CatalogUrls.FEED_PATH, CatalogUrls.FEED_CSV_PATH,
                CatalogUrls.URLS_CSV_PATH, list);
    }

    private static Reply notFound() {
        return Reply.text(404, "text/plain; charset=utf-8", "not found");
    }
}
