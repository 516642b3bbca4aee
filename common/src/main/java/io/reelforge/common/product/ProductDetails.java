package io.reelforge.common.product;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the scraper learned about a product: the facts a script may use and the pictures a video may show.
 * Also what a client sends to {@code /generate-script} and {@code /generate-video} when it has the facts already.
 *
 * @param images absolute image URLs, best first
 * @param features short bullet points as the store wrote them
 * @param url the canonical product page, when known
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
        @Nullable String url) {

    public ProductDetails {
        images = images == null ? List.of() : List.copyOf(images);
        features = features == null ? List.of() : List.copyOf(features);
    }
}
