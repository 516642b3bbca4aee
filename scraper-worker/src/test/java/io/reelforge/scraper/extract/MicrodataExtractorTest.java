package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MicrodataExtractorTest {

    private final MicrodataExtractor extractor = new MicrodataExtractor();

    @Test
    void readsAProductScope() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div itemscope itemtype="http://schema.org/Product">
                  <h1 itemprop="name"><span class="sr-only">Details about</span> Field Lantern</h1>
                  <img itemprop="image" src="/img/lantern.jpg" alt="">
                  <div itemprop="brand" itemscope itemtype="http://schema.org/Brand"><span itemprop="name">Ember</span></div>
                  <p itemprop="description">A &amp; B lantern.</p>
                  <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
                    <meta itemprop="priceCurrency" content="GBP">
                    <span itemprop="price" content="34.50">£34.50</span>
                    <link itemprop="availability" href="http://schema.org/InStock">
                  </div>
                  <div itemprop="review" itemscope itemtype="http://schema.org/Review">
                    <span itemprop="name">Great lantern</span>
                    <img itemprop="image" src="/img/reviewer.jpg">
                  </div>
                </div>"""));

        assertThat(product.declaresProduct()).isTrue();
        assertThat(product.title()).isEqualTo("Field Lantern");
        assertThat(product.brand()).isEqualTo("Ember");
        assertThat(product.description()).isEqualTo("A & B lantern.");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("34.50"), "GBP"));
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.images()).containsExactly("https://shop.example/img/lantern.jpg");
    }

    @Test
    void readsThePriceAndImageMarkedOutsideAnyProductScope() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div itemscope itemtype="http://schema.org/Review"><span itemprop="price">$1.00</span></div>
                <div class="price-in"><span class="currency-sign">$</span>
                  <span itemprop="price" data-sale-price="100.00">100</span></div>
                <img itemprop="image" src="//cdn.example/poncho.jpg" data-zoom="//cdn.example/poncho-2000.jpg">"""));

        assertThat(product.declaresProduct()).isFalse();
        assertThat(product.title()).isNull();
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("100"), "USD"));
        assertThat(product.images()).containsExactly("https://cdn.example/poncho-2000.jpg");
    }

    @Test
    void takesAnAggregateOffersLowPriceWhenItComesFirst() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Flea Tablets</span>
                  <div itemprop="offers" itemscope itemtype="http://schema.org/AggregateOffer">
                    <meta itemprop="priceCurrency" content="GBP"><span itemprop="lowPrice">5.29</span></div>
                  <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
                    <meta itemprop="priceCurrency" content="GBP"><span itemprop="price">9.56</span></div>
                </div>"""));

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("5.29"), "GBP"));
    }

    @Test
    void readsCodesAndTheAggregateRatingOfAProductScope() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Kettle</h1>
                <meta itemprop="gtin13" content="4006381333931"><span itemprop="mpn">KT-17</span>
                <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
                  <span itemprop="ratingValue">4,5</span> of 5 (<span itemprop="reviewCount">1.204</span> reviews)</div>
                <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                  <span itemprop="name">Wonderful</span><span itemprop="ratingValue">5</span></div>
                <span itemprop="offers" itemscope itemtype="https://schema.org/AggregateOffer">
                  <meta itemprop="priceCurrency" content="EUR"><span itemprop="lowPrice">19.99</span>-<span itemprop="highPrice">29.99</span></span>
                </div>"""));

        assertThat(product.gtin()).isEqualTo("4006381333931");
        assertThat(product.mpn()).isEqualTo("KT-17");
        assertThat(product.rating()).isEqualByComparingTo("4.5");
        assertThat(product.reviewCount()).isEqualTo(1204);
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("19.99"), "EUR"));
        assertThat(product.highPrice()).isEqualTo(new Money(new BigDecimal("29.99"), "EUR"));
    }
}
