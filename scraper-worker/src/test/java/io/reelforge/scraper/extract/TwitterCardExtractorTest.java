package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TwitterCardExtractorTest {

    private final OpenGraphExtractor openGraph = new OpenGraphExtractor();
    private final TwitterCardExtractor twitter = new TwitterCardExtractor();

    @Test
    void ignoresAnOgTitleThatIsTheSitesSlogan() {
        PageContext page = TestPages.snippet("""
                <head><title>Shop Elegance Canape Plates, Set of 6 - Free Shipping - Overstock</title>
                <meta property="og:site_name" content="overstock.com">
                <meta property="og:title" content="Overstock.com: Online Shopping - Bedding, Furniture, Electronics &amp; more">
                <meta name="twitter:title" content="Elegance Canape Plates, Set of 6"></head>""");

        assertThat(openGraph.extract(page).title()).isNull();
        assertThat(twitter.extract(page).title()).isEqualTo("Elegance Canape Plates, Set of 6");
    }

    @Test
    void readsAPriceFromATwitterProductCard() {
        PartialProduct labelledPrice = twitter.extract(TestPages.snippet("""
                <meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="$51.95">"""));
        PartialProduct labelledCurrency = twitter.extract(TestPages.snippet("""
                <meta name="twitter:data1" value="25.00"><meta name="twitter:label1" value="EUR">"""));

        assertThat(labelledPrice.price()).isEqualTo(new Money(new BigDecimal("51.95"), "USD"));
        assertThat(labelledCurrency.price()).isEqualTo(new Money(new BigDecimal("25.00"), "EUR"));
    }

    @Test
    void readsTheCardsImage() {
        PartialProduct product = twitter.extract(TestPages.snippet("""
                <meta name="twitter:image" content="/img/kettle.jpg"><meta name="twitter:description" content="Boils">"""));

        assertThat(product.images()).containsExactly("https://shop.example/img/kettle.jpg");
        assertThat(product.description()).isEqualTo("Boils");
        assertThat(product.source()).isEqualTo("twitter");
    }
}
