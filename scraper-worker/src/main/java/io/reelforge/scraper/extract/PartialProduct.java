package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one source of a page (JSON-LD, microdata, OpenGraph, the plain HTML) says about the product. Any field may
 * be missing; {@link ProductMerger} combines the sources field by field, strongest first.
 *
 * @param declaresProduct the source states outright that the page is about a product (schema.org Product
 *        markup, {@code og:type product}), as opposed to facts that merely look like one
 * @param images absolute URLs, best first
 */
record PartialProduct(
        @Nullable String title,
        @Nullable String description,
        @Nullable String brand,
        @Nullable Money price,
        @Nullable String availability,
        @Nullable String sku,
        List<String> images,
        List<String> features,
        @Nullable String url,
        boolean declaresProduct) {

    static final PartialProduct EMPTY = builder().build();

    PartialProduct {
        images = List.copyOf(images);
        features = List.copyOf(features);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects a source's facts as it finds them; the first value set for a field is kept. */
    static final class Builder {
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable String brand;
        private @Nullable Money price;
        private @Nullable String availability;
        private @Nullable String sku;
        private final List<String> images = new ArrayList<>();
        private final List<String> features = new ArrayList<>();
        private @Nullable String url;
        private boolean declaresProduct;

        Builder title(@Nullable String value) {
            title = title != null ? title : Text.clean(value);
            return this;
        }

        Builder description(@Nullable String value) {
            description = description != null ? description : Text.clean(value);
            return this;
        }

        Builder brand(@Nullable String value) {
            brand = brand != null ? brand : Text.clean(value);
            return this;
        }

        Builder price(@Nullable Money value) {
            price = price != null ? price : value;
            return this;
        }

        Builder availability(@Nullable String value) {
            availability = availability != null ? availability : Availability.normalize(value);
            return this;
        }

        Builder sku(@Nullable String value) {
            sku = sku != null ? sku : Text.clean(value);
            return this;
        }

        Builder image(@Nullable String absoluteUrl) {
            if (absoluteUrl != null && !images.contains(absoluteUrl)) {
                images.add(absoluteUrl);
            }
            return this;
        }

        Builder feature(@Nullable String value) {
            String text = Text.clean(value);
            if (text != null && !features.contains(text)) {
                features.add(text);
            }
            return this;
        }

        Builder url(@Nullable String absoluteUrl) {
            url = url != null ? url : absoluteUrl;
            return this;
        }

        Builder declaresProduct() {
            declaresProduct = true;
            return this;
        }

        boolean hasPrice() {
            return price != null;
        }

        PartialProduct build() {
            return new PartialProduct(title, description, brand, price, availability, sku, images, features, url,
                    declaresProduct);
        }
    }
}
