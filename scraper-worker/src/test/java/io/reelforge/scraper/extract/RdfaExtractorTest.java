package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RdfaExtractorTest {

    private final RdfaExtractor extractor = new RdfaExtractor();

    @Test
    void readsAProductWithPrefixedProperties() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <head><meta property="og:description" content="An og tag, not RDFa"></head>
                <div prefix="schema: http://schema.org/" typeof="schema:Product">
                  <h1 property="schema:name">Aurora Kettle</h1>
                  <img property="schema:image" src="/img/aurora.jpg">
                  <span property="schema:sku">AK-1</span><meta property="schema:gtin13" content="4006381333931">
                  <div property="schema:brand" typeof="schema:Brand"><span property="schema:name">Northfield</span></div>
                  <div property="schema:offers" typeof="schema:Offer">
                    <span property="schema:priceCurrency" content="EUR">€</span><span property="schema:price" content="24.50">24,50</span>
                    <link property="schema:availability" href="http://schema.org/InStock">
                  </div>
                  <div property="schema:aggregateRating" typeof="schema:AggregateRating">
                    <span property="schema:ratingValue">4.5</span> (<span property="schema:reviewCount">12</span>)
                  </div>
                  <div property="schema:review" typeof="schema:Review"><span property="schema:name">Great</span></div>
                </div>"""));

        assertThat(product.declaresProduct()).isTrue();
        assertThat(product.source()).isEqualTo("rdfa");
        assertThat(product.title()).isEqualTo("Aurora Kettle");
        assertThat(product.brand()).isEqualTo("Northfield");
        assertThat(product.sku()).isEqualTo("AK-1");
        assertThat(product.gtin()).isEqualTo("4006381333931");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("24.50"), "EUR"));
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.rating()).isEqualByComparingTo("4.5");
        assertThat(product.reviewCount()).isEqualTo(12);
        assertThat(product.images()).containsExactly("https://shop.example/img/aurora.jpg");
        assertThat(product.description()).isNull();
    }

    @Test
    void readsPropertiesUnderADefaultVocabulary() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div vocab="http://schema.org/" typeof="Product"><span property="name">Plain Kettle</span>
                <div property="offers" typeof="Offer"><span property="price">$19.99</span></div></div>"""));

        assertThat(product.title()).isEqualTo("Plain Kettle");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("19.99"), "USD"));
    }

    @Test
    void aPageWithoutAnRdfaProductGivesNothing() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <meta property="og:title" content="Kettle"><div typeof="schema:Article"><h1 property="schema:name">Tips</h1></div>"""));

        assertThat(product.declaresProduct()).isFalse();
        assertThat(product.title()).isNull();
    }
}
