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
}
