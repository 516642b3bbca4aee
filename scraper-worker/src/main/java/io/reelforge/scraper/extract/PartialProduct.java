package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one source of a page (JSON-LD, microdata, RDFa, Shopify's product JSON, OpenGraph, Twitter cards, the plain
 * HTML) says about the product. Any field may be missing; {@link ProductMerger} combines the sources field by
 * field, strongest first.
 *
 * @param source the source's name as {@code ProductDetails.sources} reports it ({@code json-ld}, ...)
 * @param declaresProduct the source states outright that the page is about a product (schema.org Product
 *        markup, {@code og:type product}), as opposed to facts that merely look like one
 * @param lowPrice with {@code highPrice}: the range of the product's prices (variants), when the source gives one
 * @param referencePrice a list, standard or "was" price the source states beside the price to pay
 * @param images absolute URLs, best first
 */
record PartialProduct(
        String source,
        @Nullable String title,
        @Nullable String description,
        @Nullable String brand,
        @Nullable Money price,
        @Nullable Money lowPrice,
        @Nullable Money highPrice,
        @Nullable Money referencePrice,
        @Nullable String availability,
        @Nullable String sku,
        @Nullable String gtin,
        @Nullable String mpn,
        @Nullable BigDecimal rating,
        @Nullable Integer reviewCount,
        List<String> images,
        List<String> features,
        @Nullable String url,
        boolean declaresProduct) {

    static final PartialProduct EMPTY = builder("none").build();

    PartialProduct {
        images = List.copyOf(images);
        features = List.copyOf(features);
    }

    static Builder builder(String source) {
        return new Builder(source);
    }

    /** Collects a source's facts as it finds them; the first value set for a field is kept. */
    static final class Builder {
        private final String source;
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable String brand;
        private @Nullable Money price;
        private @Nullable Money lowPrice;
        private @Nullable Money highPrice;
        private @Nullable Money referencePrice;
        private @Nullable String availability;
        private @Nullable String sku;
        private @Nullable String gtin;
        private @Nullable String mpn;
        private @Nullable BigDecimal rating;
        private @Nullable Integer reviewCount;
        private final List<String> images = new ArrayList<>();
        private final List<String> features = new ArrayList<>();
        private @Nullable String url;
        private boolean declaresProduct;

        private Builder(String source) {
            this.source = source;
        }

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

        /** The lowest and highest price of the product's offers; ignored unless they differ. */
        Builder priceRange(@Nullable Money low, @Nullable Money high) {
            if (lowPrice == null && low != null && high != null && low.amount().compareTo(high.amount()) < 0) {
                lowPrice = low;
                highPrice = high;
            }
            return this;
        }

        Builder referencePrice(@Nullable Money value) {
            referencePrice = referencePrice != null ? referencePrice : value;
            return this;
        }

        Builder availability(@Nullable String value) {
            availability = availability != null ? availability : Availability.normalize(value);
            return this;
        }

        Builder sku(@Nullable String value) {
            sku = sku != null ? sku : ProductCodes.sku(value);
            return this;
        }

        Builder gtin(@Nullable String value) {
            gtin = gtin != null ? gtin : ProductCodes.gtin(value);
            return this;
        }

        Builder mpn(@Nullable String value) {
            mpn = mpn != null ? mpn : Text.clean(value);
            return this;
        }

        Builder rating(@Nullable String value, @Nullable String count) {
            if (rating == null) {
                rating = ProductCodes.rating(value);
                reviewCount = rating == null ? null : ProductCodes.count(count);
            }
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
            return new PartialProduct(source, title, description, brand, price, lowPrice, highPrice, referencePrice, availability,
                    sku, gtin, mpn, rating, reviewCount, images, features, url, declaresProduct);
        }
    }
}
