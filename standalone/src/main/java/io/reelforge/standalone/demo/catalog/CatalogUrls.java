package io.reelforge.standalone.demo.catalog;

import java.util.ArrayList;
import java.util.List;

/** Where the sample store serves its catalog: the one place its paths are spelled. */
public record CatalogUrls(String baseUrl) {

    public static final String INDEX_PATH = "/catalog/";
    public static final String PRODUCTS_PATH = "/catalog/products/";
    public static final String IMAGES_PATH = "/catalog/images/";
    public static final String FEED_PATH = "/catalog/feed.xml";
    public static final String FEED_CSV_PATH = "/catalog/feed.csv";
    public static final String URLS_CSV_PATH = "/catalog/urls.csv";

    public String index() {
        return baseUrl + INDEX_PATH;
    }

    public String product(CatalogProduct product) {
        return baseUrl + PRODUCTS_PATH + product.slug();
    }

    /** Photo {@code number}, from 1 to the product's {@link CatalogProduct#imageCount()}. */
    public String image(CatalogProduct product, int number) {
        return baseUrl + IMAGES_PATH + product.slug() + "-" + number + ".jpg";
    }

    public List<String> images(CatalogProduct product) {
        List<String> images = new ArrayList<>();
        for (int n = 1; n <= product.imageCount(); n++) {
            images.add(image(product, n));
        }
        return images;
    }

    /** The Google Merchant Center feed (RSS 2.0) of the whole catalog. */
    public String feed() {
        return baseUrl + FEED_PATH;
    }

    /** The feed of the catalog's first {@code size} products. */
    public String feed(int size) {
        return feed() + "?size=" + size;
    }

    /** The products as CSV: {@code url,title,price,currency,image,brand,sku,availability}. */
    public String feedCsv() {
        return baseUrl + FEED_CSV_PATH;
    }

    public String feedCsv(int size) {
        return feedCsv() + "?size=" + size;
    }

    /** The product pages' URLs as CSV, one {@code url} column. */
    public String urlsCsv() {
        return baseUrl + URLS_CSV_PATH;
    }

    public String urlsCsv(int size) {
        return urlsCsv() + "?size=" + size;
    }
}
