package io.reelforge.standalone.demo.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample store's catalog: {@code size} distinct products made from a seed (see {@link ProductMaker}): seven
 * families drawn by the project, each product with its own name, colours, proportions, price, features, SKU and
 * 2 to 4 photos; one in {@value ProductMaker#OUT_OF_STOCK_EVERY} out of stock, about one in
 * {@value ProductMaker#ON_SALE_EVERY} of the rest on sale. The same seed gives the same catalog, and the first N
 * products of any size are the catalog of size N. Making it is cheap (no drawing: photos are drawn when first asked
 * for, by {@link CatalogImages}).
 */
public final class SampleCatalog {

    public static final long DEFAULT_SEED = 12;
    public static final int DEFAULT_SIZE = 200;
    public static final int MAX_SIZE = 100_000;

    private final long seed;
    private final List<CatalogProduct> products;
    private final Map<String, CatalogProduct> bySlug;

    private SampleCatalog(long seed, List<CatalogProduct> products) {
        this.seed = seed;
        this.products = List.copyOf(products);
        this.bySlug = new HashMap<>();
        for (CatalogProduct product : products) {
            if (bySlug.put(product.slug(), product) != null) {
                throw new IllegalStateException("two products with the slug " + product.slug());
            }
        }
    }

    public static SampleCatalog generate(int size) {
        return generate(size, DEFAULT_SEED);
    }

    /** The catalog of {@code size} products (0 to {@value #MAX_SIZE}) made from {@code seed}. */
    public static SampleCatalog generate(int size, long seed) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a sample catalog has 0 to " + MAX_SIZE + " products, not " + size);
        }
        ProductMaker maker = new ProductMaker(seed);
        List<CatalogProduct> products = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            products.add(maker.make(i));
        }
        return new SampleCatalog(seed, products);
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return products.size();
    }

    public List<CatalogProduct> products() {
        return products;
    }

    /** The first {@code count} products (all of them when {@code count} is larger). */
    public List<CatalogProduct> first(int count) {
        return products.subList(0, Math.min(Math.max(count, 0), products.size()));
    }

    public Optional<CatalogProduct> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
