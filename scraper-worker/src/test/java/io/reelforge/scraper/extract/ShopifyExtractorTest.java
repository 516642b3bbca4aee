package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ShopifyExtractorTest {

    private final ShopifyExtractor extractor = new ShopifyExtractor();

    @Test
    void readsTheThemesEmbeddedProductJsonWithPricesInCents() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <script>Shopify.currency = {"active":"CAD","rate":"1.0"};</script>
                <script type="application/json" id="ProductJson-product-template">
                {"id": 1, "title": "Original Pillow", "vendor": "Ostrichpillow", "description": "<p>Nap <b>anywhere</b></p>",
                 "variants": [{"sku": "OP-GREY", "price": 9900, "available": false, "barcode": "8437016014064"},
                              {"sku": "OP-BLUE", "price": 9500, "available": true}],
                 "images": ["//cdn.shopify.com/s/files/1/products/pillow_grande.jpg?v=1"]}
                </script>"""));

        assertThat(product.source()).isEqualTo("shopify");
        assertThat(product.title()).isEqualTo("Original Pillow");
        assertThat(product.brand()).isEqualTo("Ostrichpillow");
        assertThat(product.description()).isEqualTo("Nap anywhere");
        assertThat(product.price()).as("the first variant one can buy").isEqualTo(new Money(new BigDecimal("95.00"), "CAD"));
        assertThat(product.sku()).isEqualTo("OP-BLUE");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.lowPrice()).isEqualTo(new Money(new BigDecimal("95.00"), "CAD"));
        assertThat(product.highPrice()).isEqualTo(new Money(new BigDecimal("99.00"), "CAD"));
        assertThat(product.images()).containsExactly("https://cdn.shopify.com/s/files/1/products/pillow_grande.jpg?v=1");
    }

    @Test
    void readsTheStoresProductJsonDocumentWithDecimalPrices() {
        PartialProduct product = extractor.fromDocument(JsonMapper.builder().build().readTree("""
                {"product": {"title": "Tee", "body_html": "Soft", "vendor": "Mochi",
                 "variants": [{"price": "25.00", "sku": "T-S", "barcode": "012345678905"}],
                 "images": [{"src": "https://cdn.shopify.com/s/files/tee.jpg"}]}}"""), TestPages.snippet("<p></p>"));

        assertThat(product.title()).isEqualTo("Tee");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("25.00"), null));
        assertThat(product.gtin()).isEqualTo("012345678905");
        assertThat(product.images()).containsExactly("https://cdn.shopify.com/s/files/tee.jpg");
    }

    @Test
    void otherApplicationJsonIsNotAProduct() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <script type="application/json" id="cart-json">{"items": [], "variants": []}</script>"""));

        assertThat(product).isEqualTo(PartialProduct.EMPTY);
    }
}
