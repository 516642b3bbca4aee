package io.reelforge.standalone.demo.catalog;

import io.reelforge.common.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A catalog product's page, with the markup kinds of the demo's page and of real stores: schema.org JSON-LD
 * (Product, Offer with availability, the regular price as a list price when on sale), OpenGraph and
 * {@code product:} tags, a visible price, a gallery, features, and an add-to-cart button or a sold-out notice.
 */
final class CatalogPage {

    static final String SITE_NAME = "Reelforge Sample Store";

    private final JsonMapper json = Json.mapper();

    String html(CatalogProduct product, CatalogUrls urls) {
        String url = urls.product(product);
        List<String> images = urls.images(product);
        StringBuilder gallery = new StringBuilder();
        for (int n = 1; n <= product.imageCount(); n++) {
            gallery.append("      <img src=\"").append(Html.escape(pathOf(urls.image(product, n), urls)))
                    .append("\" width=\"").append(CatalogImages.SIZE).append("\" height=\"")
                    .append(CatalogImages.SIZE).append("\" alt=\"").append(Html.escape(product.name()))
                    .append(", photo ").append(n).append("\">\n");
        }
        StringBuilder features = new StringBuilder();
        for (String feature : product.features()) {
            features.append("      <li>").append(Html.escape(feature)).append("</li>\n");
        }
        String was = product.salePrice() == null ? "" : "\n    <p><s class=\"price-was\">$"
                + product.price().toPlainString() + "</s> <span class=\"sale\">Sale</span></p>";
        String buy = product.inStock() ? "<button class=\"add-to-cart\">Add to cart</button>"
                : "<p class=\"sold-out\">Sold out: this colour is coming back soon.</p>";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | %2$s</title>
                  <meta name="description" content="%3$s">
                  <link rel="canonical" href="%4$s">
                  <meta property="og:type" content="product">
                  <meta property="og:site_name" content="%2$s">
                  <meta property="og:title" content="%1$s">
                  <meta property="og:description" content="%3$s">
                  <meta property="og:url" content="%4$s">
                  <meta property="og:image" content="%5$s">
                  <meta property="product:brand" content="%6$s">
                  <meta property="product:price:amount" content="%7$s">
                  <meta property="product:price:currency" content="%8$s">
                  <meta property="product:availability" content="%9$s">
                  <script type="application/ld+json">%10$s</script>
                </head>
                <body>
                  <header><a href="%11$s">%2$s</a></header>
                  <main>
                    <h1>%1$s</h1>
                    <p class="brand">%6$s</p>
                    <p class="price">$%7$s</p>%12$s
                    <div class="gallery">
                %13$s    </div>
                    <p class="description">%3$s</p>
                    <ul class="features">
                %14$s    </ul>
                    %15$s
                  </main>
                </body>
                </html>
                """.formatted(Html.escape(product.name()), SITE_NAME, Html.escape(product.description()),
                Html.escape(url), Html.escape(images.getFirst()), Html.escape(product.brand()),
                product.currentPrice().toPlainString(), CatalogProduct.CURRENCY,
                product.inStock() ? "in stock" : "out of stock", jsonLd(product, url, images),
                CatalogUrls.INDEX_PATH, was, gallery, features, buy);
    }

    private String jsonLd(CatalogProduct product, String url, List<String> images) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", product.currentPrice().toPlainString());
        offer.put("priceCurrency", CatalogProduct.CURRENCY);
        if (product.salePrice() != null) {
            offer.put("priceSpecification", ordered("@type", "UnitPriceSpecification",
                    "priceType", "https://schema.org/ListPrice", "price", product.price().toPlainString(),
                    "priceCurrency", CatalogProduct.CURRENCY));
        }
        offer.put("availability", "https://schema.org/" + (product.inStock() ? "InStock" : "OutOfStock"));
        offer.put("itemCondition", "https://schema.org/NewCondition");
        offer.put("url", url);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.name());
        ld.put("description", product.description());
        ld.put("brand", ordered("@type", "Brand", "name", product.brand()));
        ld.put("sku", product.sku());
        ld.put("color", product.palette().name());
        ld.put("image", images);
        ld.put("offers", offer);
        // "</" inside a script element would end it early
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    /** Keys in the order given, so that a page is the same byte for byte on every run ({@code Map.of} is not). */
    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String pathOf(String absolute, CatalogUrls urls) {
        return absolute.substring(urls.baseUrl().length());
    }
}
