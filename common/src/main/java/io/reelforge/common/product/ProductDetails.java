package io.reelforge.common.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the scraper learned about a product: the facts a script may use and the pictures a video may show.
 * Also what a client sends to {@code /generate-script} and {@code /generate-video} when it has the facts already.
 *
 * @param currency ISO 4217 code of {@code price} and {@code priceRange}
 * @param priceRange lowest and highest price when the product is sold at several (variants, sizes)
 * @param availability a schema.org ItemAvailability name: {@code InStock}, {@code OutOfStock}, {@code PreOrder}, ...
 * @param gtin a GTIN-8/12/13/14 (UPC, EAN, ISBN-13)
 * @param mpn the manufacturer's part number
 * @param rating the average review rating, on the page's own scale
 * @param images absolute image URLs, best first
 * @param features short bullet points as the store wrote them
 * @param url the canonical product page, when known
 * @param sources for each field found, where it came from ({@code json-ld}, {@code microdata}, {@code rdfa},
 *        {@code opengraph}, {@code twitter}, {@code shopify}, {@code heuristic}), so a wrong answer can be traced
 */
public record ProductDetails(
        String title,
        @Nullable String description,
        @Nullable String brand,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String availability,
        @Nullable String sku,
        List<String> images,
        List<String> features,
        @Nullable String url,
        @Nullable PriceRange priceRange,
        @Nullable String gtin,
        @Nullable String mpn,
        @Nullable BigDecimal rating,
        @Nullable Integer reviewCount,
        Map<String, String> sources) {

    public ProductDetails {
        images = images == null ? List.of() : List.copyOf(images);
        features = features == null ? List.of() : List.copyOf(features);
        sources = sources == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The facts a client or a test typically has: no range, codes, rating or sources. */
    public ProductDetails(String title, @Nullable String description, @Nullable String brand,
            @Nullable BigDecimal price, @Nullable String currency, @Nullable String availability,
            @Nullable String sku, List<String> images, List<String> features, @Nullable String url) {
        this(title, description, brand, price, currency, availability, sku, images, features, url, null, null, null,
                null, null, Map.of());
    }

    /** The lowest and highest of a product's prices, in the product's currency. */
    public record PriceRange(BigDecimal low, BigDecimal high) {
    }
}
