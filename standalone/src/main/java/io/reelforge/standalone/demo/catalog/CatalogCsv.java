package io.reelforge.standalone.demo.catalog;

import java.util.List;

/**
 * The catalog as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break
 * quoted, quotes doubled): products with the columns a feed upload carries, or just their pages' URLs. The price
 * is what a shopper pays today (the sale price when on sale), as on the product's page; availability uses the
 * Merchant feed's words ({@code in_stock}, {@code out_of_stock}).
 */
final class CatalogCsv {

    static final String PRODUCTS_HEADER = "url,title,price,currency,image,brand,sku,availability";

    private CatalogCsv() {
    }

    static String products(List<CatalogProduct> products, CatalogUrls urls) {
        StringBuilder csv = new StringBuilder(products.size() * 200 + 64).append(PRODUCTS_HEADER).append("\r\n");
        for (CatalogProduct p : products) {
            row(csv, urls.product(p), p.name(), p.currentPrice().toPlainString(), CatalogProduct.CURRENCY,
                    urls.image(p, 1), p.brand(), p.sku(), p.inStock() ? "in_stock" : "out_of_stock");
        }
        return csv.toString();
    }

    static String urls(List<CatalogProduct> products, CatalogUrls urls) {
        StringBuilder csv = new StringBuilder(products.size() * 80 + 8).append("url\r\n");
        for (CatalogProduct p : products) {
            row(csv, urls.product(p));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
