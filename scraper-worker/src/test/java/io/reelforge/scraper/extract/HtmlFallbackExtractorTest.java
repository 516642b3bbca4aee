package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HtmlFallbackExtractorTest {

    private final HtmlFallbackExtractor extractor = new HtmlFallbackExtractor(ExtractionLimits.defaults());

    @Test
    void takesTheHeadingThatMatchesThePageTitle() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <head><title>Amazon.com : Hausbell 302S Camcorder : Electronics</title></head>
                <body><h1>Adding to Cart...</h1>
                <h1 id="title"><span id="productTitle"> Hausbell 302S Camcorder </span>
                  <span id="productSubtitle">Black – 2017</span></h1></body>"""));

        assertThat(product.title()).isEqualTo("Hausbell 302S Camcorder");
    }

    @Test
    void fallsBackToTheDocumentTitleWithoutAHeading() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <head><title>Model S P100D | Tesla</title><meta name="description" content="A &quot;fast&quot; car."></head>"""));

        assertThat(product.title()).isEqualTo("Model S P100D | Tesla");
        assertThat(product.description()).isEqualTo("A \"fast\" car.");
    }

    @Test
    void keepsLargeAndGalleryPicturesAndDropsDecoration() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <head><base href="https://cdn.example/media/"></head><body>
                <header><img src="logo.png" width="400" height="100"></header>
                <img src="icons/cart.png" width="24" height="24">
                <img src="data:image/gif;base64,R0lGOD" width="600" height="600">
                <img src="/pixel.gif" width="1" height="1">
                <img src="badge.svg" width="300" height="300">
                <img src="small.jpg" width="120" height="90">
                <img src="large.jpg" width="800" height="800">
                <div class="product-gallery"><img data-src="gallery-1.jpg" src="blank.gif"></div>
                <img id="landingImage" src="main-small.jpg" data-old-hires="main-large.jpg">
                <div class="related"><a href="/other-product"><img src="other.jpg" width="500" height="500"></a></div>
                </body>"""));

        assertThat(product.images()).containsExactly("https://cdn.example/media/main-large.jpg",
                "https://cdn.example/media/gallery-1.jpg", "https://cdn.example/media/large.jpg");
    }

    @Test
    void takesTheLargestCandidateOfASrcset() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <img class="main-image" src="/p-400.jpg" srcset="/p-400.jpg 400w, /p-1600.jpg 1600w, /p-800.jpg 800w">"""));

        assertThat(product.images()).containsExactly("https://shop.example/p-1600.jpg");
    }

    @Test
    void readsTheFeatureBulletsButNotAMenu() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <nav class="features-menu"><ul><li><a href="/a">Features</a></li><li><a href="/b">Pricing</a></li></ul></nav>
                <h1>Relay Module</h1>
                <div id="feature-bullets"><ul>
                  <li class="aok-hidden">Make sure this fits by entering your model number.</li>
                  <li>5V 4-channel relay board</li>
                  <li> Each channel needs a 15-20mA driver current </li>
                  <li>5V 4-channel relay board</li></ul></div>"""));

        assertThat(product.features()).containsExactly("5V 4-channel relay board",
                "Each channel needs a 15-20mA driver current");
    }

    @Test
    void readsTheShownPriceAfterTheHeadingSkippingOldAndOtherProductsPrices() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <div id="nav-cart-price">$0.00</div>
                <h1>Hausbell Camcorder</h1>
                <span class="price-was">$119.99</span>
                <div class="recommendations"><span class="price">$5.00</span></div>
                <span id="priceblock_dealprice">$89.00</span>"""));

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("89.00"), "USD"));
    }

    @Test
    void anImageMapIsABannerAndAProductAreaNamedBreadcrumbStillHoldsTheProductPicture() {
        PartialProduct product = extractor.extract(TestPages.snippet("""
                <title>Hooded Sweatshirt | Bookstore</title>
                <img src="/banner/shipping.jpg" width="1024" height="400" usemap="#hours">
                <div id="breadcrumb"><a href="/">Home</a>
                  <div class="product-image"><img id="product_image" src="/is/image/Bkstr/670-S2071?$PDPMain$"></div>
                  <h1>Hooded Sweatshirt</h1></div>"""));

        assertThat(product.images()).containsExactly("https://shop.example/is/image/Bkstr/670-S2071?$PDPMain$");
    }
}
