package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sources merged, and the rule for what is a product page, on small pages written for each rule. */
class ProductExtractorTest {

    private final ProductExtractor extractor = new ProductExtractor();

    private Optional<ProductDetails> extract(String html) {
        return extractor.extract(html, TestPages.SHOP);
    }

    @Test
    void eachFieldComesFromTheStrongestSourceThatHasIt() {
        ProductDetails product = extract("""
                <html><head><title>Aurora Set | Northfield</title>
                <meta property="og:site_name" content="Northfield">
                <meta property="og:title" content="Aurora Set (OpenGraph)">
                <meta property="og:description" content="From OpenGraph.">
                <meta property="og:image" content="https://cdn.example/og.jpg">
                <meta property="product:brand" content="Northfield">
                <script type="application/ld+json">{"@type": "Product", "name": "Aurora Set",
                  "image": "https://cdn.example/ld.jpg", "offers": {"price": "49.00", "priceCurrency": "USD"}}</script>
                </head><body><h1>Aurora Set</h1><div id="feature-bullets"><ul><li>Hand glazed</li><li>600 ml</li></ul></div>
                </body></html>""").orElseThrow();

        assertThat(product.title()).isEqualTo("Aurora Set");
        assertThat(product.description()).isEqualTo("From OpenGraph.");
        assertThat(product.brand()).isEqualTo("Northfield");
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("49.00"));
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.images()).containsExactly("https://cdn.example/ld.jpg", "https://cdn.example/og.jpg");
        assertThat(product.features()).containsExactly("Hand glazed", "600 ml");
    }

    @Test
    void priceAndCurrencyAreNeverTakenFromDifferentSources() {
        ProductDetails product = extract("""
                <html><head>
                <meta property="product:price:amount" content="48,00"><meta property="product:price:currency" content="USD">
                <script type="application/ld+json">{"@type": "Product", "name": "Pumpkin Doormat",
                  "offers": {"@type": "AggregateOffer", "priceCurrency": "EUR", "lowPrice": "43.90"}}</script>
                </head></html>""").orElseThrow();

        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("43.90"));
        assertThat(product.currency()).isEqualTo("EUR");
    }

    @Test
    void aPriceWithoutCurrencyBorrowsOneOnlyFromASourceWithTheSameAmount() {
        String page = """
                <html><head><meta property="product:price:amount" content="%s">
                <meta property="product:price:currency" content="GBP"></head><body>
                <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Lantern</h1>
                <span itemprop="price">34.50</span></div></body></html>""";

        assertThat(extract(page.formatted("34.50")).orElseThrow().currency()).isEqualTo("GBP");
        assertThat(extract(page.formatted("30.00")).orElseThrow().currency()).isNull();
    }

    @Test
    void imagesArePooledWithoutDuplicatesPreferringHttpsAndCapped() {
        ProductExtractor twoImages = new ProductExtractor(new ExtractionLimits(2, 10, 2000));
        ProductDetails product = twoImages.extract("""
                <html><head><meta property="og:type" content="product"><meta property="og:title" content="Mug">
                <meta property="og:image" content="http://cdn.example/mug.jpg">
                <meta property="og:image" content="https://cdn.example/mug.jpg">
                <meta property="og:image" content="https://cdn.example/site-logo.png">
                <meta property="og:image" content="https://cdn.example/mug-2.jpg">
                <meta property="og:image" content="https://cdn.example/mug-3.jpg"></head></html>""", TestPages.SHOP)
                .orElseThrow();

        assertThat(product.images()).containsExactly("https://cdn.example/mug.jpg", "https://cdn.example/mug-2.jpg");
    }

    @Test
    void theUrlIsTheCanonicalLinkThenOgUrlThenThePageAddress() {
        String product = "<meta property='og:type' content='product'><meta property='og:title' content='Mug'>";

        assertThat(extract("<head>" + product + "<link rel='canonical' href='/p/mug'>"
                + "<meta property='og:url' content='https://shop.example/og/mug'></head>").orElseThrow().url())
                .isEqualTo("https://shop.example/p/mug");
        assertThat(extract("<head>" + product + "<meta property='og:url' content='https://shop.example/og/mug'></head>")
                .orElseThrow().url()).isEqualTo("https://shop.example/og/mug");
        assertThat(extract("<head>" + product + "</head>").orElseThrow().url()).isEqualTo(TestPages.SHOP.toString());
    }

    @Test
    void theTitleLosesTheSiteNameAndAnyPriceInIt() {
        assertThat(extract("""
                <head><meta property="og:site_name" content="Lightinthebox.com"><meta property="og:type" content="product">
                <meta property="og:title" content="[$8.99] Funny Nose Soap Dispenser | Lightinthebox.com"></head>""")
                .orElseThrow().title()).isEqualTo("Funny Nose Soap Dispenser");
    }

    @Test
    void longDescriptionsAreCutAtAWordBoundary() {
        ProductExtractor shortDescriptions = new ProductExtractor(new ExtractionLimits(10, 10, 40));
        ProductDetails product = shortDescriptions.extract("""
                <head><meta property="og:type" content="product"><meta property="og:title" content="Mug">
                <meta property="og:description" content="A sturdy stoneware mug that keeps coffee warm for a long slow morning."></head>""",
                TestPages.SHOP).orElseThrow();

        assertThat(product.description()).isEqualTo("A sturdy stoneware mug that keeps…").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void aPageDeclaringAProductIsAProductPage() {
        assertThat(extract("<head><meta property='og:type' content='product'><title>Mug</title></head>")).isPresent();
        assertThat(extract("<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Mug\"}</script>"))
                .isPresent();
    }

    @Test
    void aTitleWithAPriceIsAProductPage() {
        assertThat(extract("<h1>Cue Stick Rack</h1><span class='price'>$225</span>")).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("Cue Stick Rack");
            assertThat(p.price()).isEqualByComparingTo(new BigDecimal("225"));
        });
    }

    @Test
    void aTitleWithAProductPictureIsAProductPageUnlessThePageSaysItIsSomethingElse() {
        String page = "<h1>Cue Stick Rack</h1><img src='/rack.jpg' width='600' height='600'>%s";

        assertThat(extract(page.formatted(""))).isPresent();
        assertThat(extract(page.formatted("<button id='add-to-cart-button'>Add to Cart</button>"))).isPresent();
        assertThat(extract("<head><meta property='og:type' content='article'></head>"
                + page.formatted("<button>Buy now</button>"))).isEmpty();
        assertThat(extract("<article><time datetime='2024-05-01'>1 May</time>" + page.formatted("") + "</article>"))
                .isEmpty();
    }

    @Test
    void aTitleWithNeitherPriceNorPictureIsNotAProductPage() {
        assertThat(extract("<h1>Cue Stick Rack</h1><p>Solid oak, holds six cues.</p>")).isEmpty();
    }

    @Test
    void anArticleIsNotAProductPage() {
        assertThat(extractor.extract(TestPages.text("article.html"), URI.create("https://journal.example/brewing")))
                .isEmpty();
    }

    @Test
    void aPageWithoutAnyTitleIsNotAProductPage() {
        assertThat(extract("<body><span class='price'>$5.00</span></body>")).isEmpty();
    }

    @Test
    void everyFieldNamesTheSourceItCameFrom() {
        ProductDetails product = extract("""
                <html><head><title>Aurora Set | Northfield</title>
                <link rel="canonical" href="https://shop.example/p/aurora">
                <meta property="og:description" content="From OpenGraph.">
                <meta name="twitter:image" content="https://cdn.example/tw.jpg">
                <script type="application/ld+json">{"@type": "Product", "name": "Aurora Set", "gtin13": "4006381333931",
                  "offers": {"price": "49.00", "priceCurrency": "USD"}}</script>
                </head><body><h1>Aurora Set</h1><ul class="feature-bullets"><li>Hand glazed</li><li>600 ml</li></ul>
                </body></html>""").orElseThrow();

        assertThat(product.sources()).containsEntry("title", "json-ld").containsEntry("price", "json-ld")
                .containsEntry("currency", "json-ld").containsEntry("gtin", "json-ld")
                .containsEntry("description", "opengraph").containsEntry("images", "twitter")
                .containsEntry("features", "heuristic").containsEntry("url", "canonical");
        assertThat(product.gtin()).isEqualTo("4006381333931");
    }

    @Test
    void aPriceRangeComesWithThePriceFromTheSameSource() {
        ProductDetails product = extract("""
                <title>Tee</title><script type="application/ld+json">{"@type": "Product", "name": "Tee",
                "aggregateRating": {"ratingValue": 4.8, "ratingCount": 97},
                "offers": {"@type": "AggregateOffer", "lowPrice": 25, "highPrice": "28.50", "priceCurrency": "USD"}}</script>""")
                .orElseThrow();

        assertThat(product.price()).isEqualByComparingTo("25");
        assertThat(product.priceRange()).isEqualTo(new ProductDetails.PriceRange(new BigDecimal("25"), new BigDecimal("28.50")));
        assertThat(product.rating()).isEqualByComparingTo("4.8");
        assertThat(product.reviewCount()).isEqualTo(97);
        assertThat(product.sources()).containsEntry("rating", "json-ld");
    }

    @Test
    void aSalePriceBeatsStructuredDataLeftAtTheListPrice() {
        // JSON-LD still says 150.00; the og tags say the page sells at 120.00 and that 150.00 is the standard price
        ProductDetails product = extract("""
                <title>Keystick Sconce</title>
                <meta property="og:price:standard_amount" content="150.00">
                <meta property="product:price:amount" content="120.00"><meta property="product:price:currency" content="USD">
                <script type="application/ld+json">{"@type": "Product", "name": "Keystick Sconce",
                  "offers": {"price": "150.00", "priceCurrency": "USD"}}</script>""").orElseThrow();

        assertThat(product.price()).isEqualByComparingTo("120.00");
        assertThat(product.sources()).containsEntry("price", "opengraph");
    }

    @Test
    void aBareDollarOnACanadianStoreIsCanadianDollars() {
        ProductDetails product = extractor.extract("""
                <html lang="en-CA"><title>Toque</title><h1>Wool Toque</h1>
                <div class="product-price">$34.99</div><button>Add to cart</button></html>""",
                URI.create("https://shop.example.ca/p/toque")).orElseThrow();

        assertThat(product.price()).isEqualByComparingTo("34.99");
        assertThat(product.currency()).isEqualTo("CAD");
    }

    @Test
    void aPriceElementStyledBoldIsNotTakenForAnOldPrice() {
        ProductDetails product = extractor.extract("""
                <title>Model S P100D | Tesla</title><h1 class="badge">P100D</h1>
                <p id="monthly-payment" class="bold">$1,929 /mo.</p><p id="car-price" class="bold">$137,200</p>""",
                URI.create("https://www.tesla.com/new/5YJSA1E49HF198968")).orElseThrow();

        assertThat(product.price()).isEqualByComparingTo("137200");
        assertThat(product.title()).as("a one-word heading is a badge, not the name").isEqualTo("Model S P100D");
    }

    @Test
    void aSalePriceNextToAStandardPriceInMicrodataWins() {
        ProductDetails product = extract("""
                <title>Cardigan</title><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Cardigan</h1>
                <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="priceCurrency" content="USD">
                <span class="price-standard" itemprop="price">39.90</span><span class="price-sales" itemprop="price">19.90</span>
                </div></div>""").orElseThrow();

        assertThat(product.price()).isEqualByComparingTo("19.90");
    }
}
