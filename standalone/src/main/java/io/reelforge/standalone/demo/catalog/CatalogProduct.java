package io.reelforge.standalone.demo.catalog;

import io.reelforge.standalone.demo.art.Look;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One product of the sample catalog: what its page, its feed item and its photos show.
 *
 * @param index its place in the catalog, from 0; a catalog's first N products are the catalog of size N
 * @param slug its page's path segment, unique in the catalog
 * @param price the regular price in {@link #CURRENCY}
 * @param salePrice the price it sells at now, below {@code price}, when it is on sale
 * @param shots one {@link Look} per photo, 2 to 4; photo {@code n} (from 1) is drawn from {@code shots[n - 1]}
 */
public record CatalogProduct(int index, String slug, String sku, ProductFamily family, String name,
        String description, List<String> features, BigDecimal price, @Nullable BigDecimal salePrice, boolean inStock,
        Palette palette, List<Look> shots) {

    public static final String CURRENCY = "USD";

    public CatalogProduct {
        features = List.copyOf(features);
        shots = List.copyOf(shots);
        if (salePrice != null && salePrice.compareTo(price) >= 0) {
            throw new IllegalArgumentException("sale price " + salePrice + " is not below the price " + price);
        }
    }

    public String brand() {
        return family.brand();
    }

    /** What a shopper pays today: the sale price when there is one, else the price. */
    public BigDecimal currentPrice() {
        return salePrice != null ? salePrice : price;
    }

    public int imageCount() {
        return shots.size();
    }
}
