package io.reelforge.standalone.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.reelforge.standalone.demo.catalog.CatalogImages;
import io.reelforge.standalone.demo.catalog.CatalogSite;
import io.reelforge.standalone.demo.catalog.CatalogUrls;
import io.reelforge.standalone.demo.catalog.SampleCatalog;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A store on loopback for the demo, tests and benchmarks: the demo's product page with the markup real stores use
 * (schema.org JSON-LD, OpenGraph, a gallery and feature bullets) and studio photos drawn by {@link ProductArt};
 * and under {@code /catalog/} a {@link SampleCatalog} of many products with their pages, photos, Google Merchant
 * feed and CSV exports ({@link CatalogSite}). Reelforge scrapes it exactly as it would scrape a real store, through
 * the same fetcher and extractors.
 */
public final class SampleStore implements AutoCloseable {

    public static final String PRODUCT_PATH = "/products/halcyon-anc-headphones";

    private static final List<ProductArt.Shot> SHOTS = List.of(
            new ProductArt.Shot("halcyon-midnight", new Color(40, 44, 58), new Color(230, 170, 90),
                    new Color(34, 40, 58), new Color(12, 14, 22), 0.82, -6, ""),
            new ProductArt.Shot("halcyon-sand", new Color(214, 196, 170), new Color(120, 90, 60),
                    new Color(250, 236, 220), new Color(220, 196, 170), 0.78, 4, ""),
            new ProductArt.Shot("halcyon-sage", new Color(132, 156, 132), new Color(242, 238, 226),
                    new Color(206, 222, 204), new Color(120, 146, 124), 0.86, -2, ""),
            new ProductArt.Shot("halcyon-coral", new Color(232, 120, 104), new Color(255, 236, 210),
                    new Color(255, 214, 196), new Color(208, 110, 96), 0.8, 7, ""));

    /** Requests are answered on a few threads, so that pages are not kept waiting while a photo is drawn. */
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SampleCatalog catalog;
    private final CatalogImages catalogImages;
    private final CatalogSite catalogSite;

    private SampleStore(HttpServer server, ExecutorService executor, SampleCatalog catalog) {
        this.server = server;
        this.executor = executor;
        this.catalog = catalog;
        this.catalogImages = new CatalogImages(CatalogImages.DEFAULT_MAX_BYTES);
        this.catalogSite = new CatalogSite(catalog, catalogImages);
    }

    /**
     * Renders the demo product's photos and starts serving on 127.0.0.1 (port 0 picks a free one), with a catalog
     * of {@value SampleCatalog#DEFAULT_SIZE} products.
     */
    public static SampleStore start(int port) throws IOException {
        return start(port, SampleCatalog.DEFAULT_SIZE);
    }

    /** As {@link #start(int)}, with a catalog of {@code catalogSize} products from the default seed. */
    public static SampleStore start(int port, int catalogSize) throws IOException {
        return start(port, SampleCatalog.generate(catalogSize));
    }

    /** As {@link #start(int)}, serving {@code catalog}; its photos are drawn when first asked for. */
    public static SampleStore start(int port, SampleCatalog catalog) throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (ProductArt.Shot shot : SHOTS) {
            images.put("/images/" + shot.name() + ".jpg", ProductArt.jpeg(shot, 1200, 1200));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS,
                Thread.ofPlatform().name("sample-store-", 1).daemon().factory());
        SampleStore store = new SampleStore(server, executor, catalog);
        server.createContext("/", exchange -> store.serve(exchange, images));
        server.setExecutor(executor);
        server.start();
        return store;
    }

    public String productUrl() {
        return baseUrl() + PRODUCT_PATH;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public SampleCatalog catalog() {
        return catalog;
    }

    /** The catalog's addresses on this store: its index, product pages, photos, feed and CSVs. */
    public CatalogUrls catalogUrls() {
        return new CatalogUrls(baseUrl());
    }

    /** The Google Merchant feed of the whole catalog. */
    public String catalogFeedUrl() {
        return catalogUrls().feed();
    }

    /** How many catalog photos were drawn so far: they are drawn when first asked for, then cached. */
    public int catalogImagesDrawn() {
        return catalogImages.drawn();
    }

    private void serve(HttpExchange exchange, Map<String, byte[]> images) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] image = images.get(path);
            if (image != null) {
                respond(exchange, 200, "image/jpeg", image);
            } else if (CatalogSite.serves(path)) {
                CatalogSite.Reply reply = catalogSite.answer(path, exchange.getRequestURI().getRawQuery(),
                        catalogUrls());
                respond(exchange, reply.status(), reply.contentType(), reply.body());
            } else if (path.equals(PRODUCT_PATH)) {
                respond(exchange, 200, "text/html; charset=utf-8", productPage().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                String index = "<!doctype html><title>Halcyon Audio</title><a href=\"" + PRODUCT_PATH
                        + "\">Halcyon ANC Wireless Headphones</a>";
                respond(exchange, 200, "text/html; charset=utf-8", index.getBytes(StandardCharsets.UTF_8));
            } else {
                respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String productPage() {
        String base = baseUrl();
        StringBuilder imageJson = new StringBuilder();
        StringBuilder gallery = new StringBuilder();
        for (ProductArt.Shot shot : SHOTS) {
            String url = base + "/images/" + shot.name() + ".jpg";
            imageJson.append(imageJson.isEmpty() ? "" : ", ").append('"').append(url).append('"');
            gallery.append("      <img src=\"/images/").append(shot.name())
                    .append(".jpg\" width=\"1200\" height=\"1200\" alt=\"Halcyon ANC headphones, ")
                    .append(shot.name().substring("halcyon-".length())).append("\">\n");
        }
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Halcyon ANC Wireless Headphones | Halcyon Audio</title>
                  <meta name="description" content="Over-ear wireless headphones with adaptive noise cancelling, 40-hour battery and memory-foam cushions.">
                  <link rel="canonical" href="%1$s%2$s">
                  <meta property="og:type" content="product">
                  <meta property="og:site_name" content="Halcyon Audio">
                  <meta property="og:title" content="Halcyon ANC Wireless Headphones">
                  <meta property="og:image" content="%1$s/images/halcyon-midnight.jpg">
                  <meta property="product:price:amount" content="249.00">
                  <meta property="product:price:currency" content="USD">
                  <script type="application/ld+json">
                  {
                    "@context": "https://schema.org",
                    "@type": "Product",
                    "name": "Halcyon ANC Wireless Headphones",
                    "description": "Quiet the commute and hear every detail. Halcyon's adaptive noise cancelling tunes itself to the room around you, while custom 40 mm drivers deliver rich, balanced sound. Memory-foam cushions stay comfortable for hours, and a single charge lasts up to 40 hours.",
                    "brand": {"@type": "Brand", "name": "Halcyon Audio"},
                    "sku": "HAL-ANC-01",
                    "image": [%3$s],
                    "offers": {
                      "@type": "Offer",
                      "price": "249.00",
                      "priceCurrency": "USD",
                      "availability": "https://schema.org/InStock",
                      "url": "%1$s%2$s"
                    }
                  }
                  </script>
                </head>
                <body>
                  <header><a href="/">Halcyon Audio</a></header>
                  <main>
                    <h1>Halcyon ANC Wireless Headphones</h1>
                    <p class="price">$249.00</p>
                    <div class="gallery">
                %4$s    </div>
                    <ul class="features">
                      <li>Adaptive noise cancelling that adjusts to your surroundings</li>
                      <li>Up to 40 hours of battery life on a single charge</li>
                      <li>Custom 40 mm drivers for rich, balanced sound</li>
                      <li>Memory-foam cushions for all-day comfort</li>
                    </ul>
                    <button>Add to cart</button>
                  </main>
                </body>
                </html>
                """.formatted(base, PRODUCT_PATH, imageJson, gallery);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
