package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpenGraphExtractorTest {

    private final OpenGraphExtractor extractor = new OpenGraphExtractor();

    @Test
    void readsOpenGraphProductTags() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <head><title>Better Off Dead [Blu-ray] | FYE</title>
                <meta property="og:type" content="product.item">
                <meta property="og:title" content="Better Off Dead [Blu-ray]">
                <meta property="og:description" content="1980&#39;s classic &amp;amp; cult film">
                <meta property="og:image" content="http://cdn.example/bod-1.jpg">
                <meta property="og:image:secure_url" content="https://cdn.example/bod-1.jpg">
                <meta property="og:image" content="/img/bod-2.jpg">
                <meta property="og:url" content="/p/better-off-dead">
                <meta property="product:brand" content="Paramount">
                <meta property="product:availability" content="in stock">
                <meta property="product:price:amount" content="17.99">
                <meta property="product:price:currency" content="USD">
                <meta property="product:retailer_item_id" content="fye.0003"></head>"""));

        assertThat(product.declaresProduct()).isTrue();
        assertThat(product.title()).isEqualTo("Better Off Dead [Blu-ray]");
        assertThat(product.description()).isEqualTo("1980's classic & cult film");
        assertThat(product.brand()).isEqualTo("Paramount");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.sku()).isEqualTo("fye.0003");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("17.99"), "USD"));
        assertThat(product.url()).isEqualTo("https://shop.example/p/better-off-dead");
        assertThat(product.images()).containsExactly("http://cdn.example/bod-1.jpg", "https://cdn.example/bod-1.jpg",
                "https://shop.example/img/bod-2.jpg");
    }

    @Test
    void readsTheOgPriceVariantWithAStoreFormattedAmount() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <meta property="og:price:amount" content="48,00"><meta property="og:price:currency" content="eur">"""));

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("48.00"), "EUR"));
    }

    @Test
    void anOgTypeOtherThanProductDeclaresNothing() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <meta property="og:type" content="article"><meta property="og:title" content="Brewing tips">"""));

        assertThat(product.declaresProduct()).isFalse();
        assertThat(product.price()).isNull();
    }
}
