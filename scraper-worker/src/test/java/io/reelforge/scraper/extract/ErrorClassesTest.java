package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One case per class of error found on real pages the extractor had never seen (issue 14; the table is in the
 * README): each a small page written for the rule, not a copy of any store's.
 */
class ErrorClassesTest {

    private final ProductExtractor extractor = new ProductExtractor();

    private Optional<ProductDetails> extract(String html) {
        return extractor.extract(html, TestPages.SHOP);
    }

    private ProductDetails product(String html) {
        return extract(html).orElseThrow();
    }

    private static final String PICTURE = "<img src='/img/kettle.jpg' width='800' height='800'>";

    @Nested
    class Separators {

        @Test
        void structuredDataCopyingAGermanDisplayPriceIsReadWithThousands() {
            ProductDetails product = product("<html lang='de'><script type='application/ld+json'>{\"@type\":"
                    + "\"Product\",\"name\":\"Kaffeemaschine\",\"offers\":{\"price\":\"2.449\",\"priceCurrency\":"
                    + "\"EUR\"}}</script><h1>Kaffeemaschine</h1></html>");

            assertThat(product.price()).isEqualByComparingTo("2449");
        }

        @Test
        void structuredDataDisagreeingWithTheShownPriceByAThousandGivesWayToIt() {
            ProductDetails product = product("<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":"
                    + "\"Espresso Machine\",\"offers\":{\"price\":\"23.450\",\"priceCurrency\":\"CLP\"}}</script>"
                    + "<h1>Espresso Machine</h1><span class='price'>CLP 23.450</span>");

            assertThat(product.price()).isEqualByComparingTo("23450");
        }

        @Test
        void threeDecimalsInStructuredDataAgreeingWithTheShownPriceStay() {
            ProductDetails product = product("<html lang='de'><script type='application/ld+json'>{\"@type\":"
                    + "\"Product\",\"name\":\"Tasse Aurora\",\"offers\":{\"price\":\"12.500\",\"priceCurrency\":"
                    + "\"EUR\"}}</script><h1>Tasse Aurora</h1><span class='price'>12,50 €</span></html>");

            assertThat(product.price()).isEqualByComparingTo("12.50");
        }

        @Test
        void aCommaBeforeTwoDigitsIsTheDecimalSeparator() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>24,99 €</span>").price())
                    .isEqualByComparingTo("24.99");
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>1.234,56 €</span>").price())
                    .isEqualByComparingTo("1234.56");
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$1,234.56</span>").price())
                    .isEqualByComparingTo("1234.56");
        }

        @Test
        void centsSplitOffByMarkupAreDecimals() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24<sup>99</sup></span>").price())
                    .isEqualByComparingTo("24.99");
        }

        @Test
        void anInstalmentIsNeitherItsCountNorThePrice() {
            ProductDetails product = product("<h1>Kettle Aurora</h1><span class='price-installments'>4 x 29,90 €"
                    + "</span><span class='price'>119,60 €</span>");

            assertThat(product.price()).isEqualByComparingTo("119.60");
            assertThat(PriceParser.parseText("4 x 29,90 €").orElseThrow().amount()).isEqualByComparingTo("29.90");
        }
    }

    @Nested
    class Skus {

        @Test
        void aLabelledReferenceIsTheSku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><p>SKU: KA-2040</p>")
                    .sku()).isEqualTo("KA-2040");
            assertThat(product("<h1>Wasserkocher</h1><span class='price'>24,99 €</span><p>Art.-Nr. 4711-22</p>")
                    .sku()).isEqualTo("4711-22");
            assertThat(product("<h1>Bouilloire</h1><span class='price'>24,99 €</span><p>Réf. : BK-88</p>").sku())
                    .isEqualTo("BK-88");
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<ul><li class='item-number'>Item #5354134</li></ul>").sku()).isEqualTo("5354134");
        }

        @Test
        void theAsinOfAProductDetailsTableIsTheSku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><table><tr><th>Brand</th>"
                    + "<td>Aurora</td></tr><tr><th> ASIN </th><td> B01KLOA1PI </td></tr></table>").sku())
                    .isEqualTo("B01KLOA1PI");
        }

        @Test
        void dataSkuOnTheBuyBoxIsTheSku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><form class='buy'"
                    + " data-sku='KA-2040'><button class='add-to-cart'>Add to cart</button></form>").sku())
                    .isEqualTo("KA-2040");
        }

        @Test
        void itempropSkuOutsideAnyProductScopeIsTheSku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<meta itemprop='sku' content='KA-2040'>").sku()).isEqualTo("KA-2040");
        }

        @Test
        void thePageInlineJsonStateNamesTheSku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><script>window.state ="
                    + " {\"product\":{\"name\":\"Kettle\",\"sku\":\"KA-2040\",\"price\":24.99}};</script>").sku())
                    .isEqualTo("KA-2040");
        }

        @Test
        void theShownReferenceBeatsAStructuredVariantId() {
            ProductDetails product = product("<div itemscope itemtype='http://schema.org/Product'>"
                    + "<h1 itemprop='name'>Be the One Dress</h1><meta itemprop='sku' content='98837511'>"
                    + "<span itemprop='price' content='210'>$210</span><meta itemprop='priceCurrency' content='USD'>"
                    + "</div><ul><li>Item #5354134</li></ul>");

            assertThat(product.sku()).isEqualTo("5354134");
        }

        @Test
        void neitherAWordNorThePriceIsASku() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><p>Style: Black</p>").sku())
                    .isNull();
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<meta itemprop='sku' content='24.99'>").sku()).isNull();
        }
    }

    @Nested
    class Stock {

        @Test
        void soldOutWithoutAnAddToCartIsOutOfStock() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<button class='add-to-cart' disabled>Sold out</button>").availability())
                    .isEqualTo("OutOfStock");
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<p class='stock'>Currently unavailable.</p><a href='#'>Notify me when available</a>")
                    .availability()).isEqualTo("OutOfStock");
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<a href='#notify'>Notify me when it is back</a>")
                    .availability()).isEqualTo("OutOfStock");
        }

        @Test
        void aSoldOutBuyBoxBeatsStructuredDataLeftAtInStock() {
            String page = "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Kettle Aurora\","
                    + "\"offers\":{\"price\":\"24.99\",\"priceCurrency\":\"USD\",\"availability\":"
                    + "\"https://schema.org/InStock\"}}</script><h1>Kettle Aurora</h1><p class='stock'>Sold out</p>%s";

            assertThat(product(page.formatted("<button class='add-to-cart' disabled>Add to cart</button>"))
                    .availability()).isEqualTo("OutOfStock");
            assertThat(product(page.formatted("<button class='add-to-cart'>Add to cart</button>")).availability())
                    .as("a buyable page keeps its structured state").isEqualTo("InStock");
        }

        @Test
        void soldOutIsReadInThePageLanguage() {
            assertThat(product("<html lang='de'><h1>Wasserkocher Aurora</h1><span class='price'>24,99 €</span>"
                    + "<p>Leider ausverkauft</p></html>").availability()).isEqualTo("OutOfStock");
            assertThat(product("<html lang='fr'><h1>Bouilloire Aurora</h1><span class='price'>24,99 €</span>"
                    + "<p>Épuisé</p></html>").availability()).isEqualTo("OutOfStock");
        }

        @Test
        void notAvailableCountsOnlyWhereThePageNamesTheStockState() {
            assertThat(product("<html lang='de'><h1>Wasserkocher Aurora</h1><span class='price'>24,99 €</span>"
                    + "<p class='availability'>Nicht verfügbar</p></html>").availability()).isEqualTo("OutOfStock");
            assertThat(product("<html lang='de'><h1>Wasserkocher Aurora</h1><span class='price'>24,99 €</span>"
                    + "<p class='pickup'>Abholung im Markt: nicht verfügbar</p>"
                    + "<button class='add-to-cart'>In den Warenkorb</button></html>").availability())
                    .isEqualTo("InStock");
        }

        @Test
        void aRecommendedProductSoldOutDoesNotMakeThePageOutOfStock() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<button id='add-to-cart-button'>Add to Cart</button><div class='recommendations'>"
                    + "<div>Kettle Boreal</div><span>Sold out</span></div>").availability()).isEqualTo("InStock");
        }

        @Test
        void aTemplateHiddenByCssIsNotRead() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span>"
                    + "<div class='out-of-stock' style='display:none'>CURRENTLY UNAVAILABLE ONLINE</div>"
                    + "<button class='add-to-bag'>Add to Bag</button>").availability()).isEqualTo("InStock");
        }

        @Test
        void aSoldOutVariantDoesNotMakeTheProductOutOfStock() {
            assertThat(product("<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Tee\","
                    + "\"offers\":[{\"price\":\"20\",\"priceCurrency\":\"USD\",\"availability\":"
                    + "\"https://schema.org/OutOfStock\"},{\"price\":\"20\",\"priceCurrency\":\"USD\","
                    + "\"availability\":\"https://schema.org/InStock\"}]}</script>").availability())
                    .isEqualTo("InStock");
            assertThat(product("<h1>Tee Aurora</h1><span class='price'>$20.00</span><select class='size'>"
                    + "<option>S</option><option>XL - sold out</option></select>").availability()).isNull();
        }
    }

    @Nested
    class Refusals {

        @Test
        void aPageShowingAPriceWithoutTellingMarkupIsAProduct() {
            ProductDetails product = product("<h1>Hand-thrown Mug</h1>" + PICTURE + "<p>Price: $38.00</p>");

            assertThat(product.price()).isEqualByComparingTo(new BigDecimal("38.00"));
        }

        @Test
        void aTitleAndAProductPictureAreEnough() {
            assertThat(extract("<h1>Hand-thrown Mug</h1>" + PICTURE)).isPresent();
        }

        @Test
        void withNeitherPriceNorPictureThePageIsRefused() {
            assertThat(extract("<h1>Hand-thrown Mug</h1><p>Made in Devon.</p>")).isEmpty();
        }
    }

    @Nested
    class MainImage {

        @Test
        void aThumbnailIsAskedForLarge() {
            assertThat(product("<head><meta property='og:image' content='https://cdn.example/i/kettle.jpg?"
                    + "maxHeight=210&maxWidth=140'></head><h1>Kettle Aurora</h1><span class='price'>$24.99</span>")
                    .images()).containsExactly("https://cdn.example/i/kettle.jpg?maxHeight=1200&maxWidth=800");
            assertThat(product("<head><meta property='og:image' content='https://m.media-amazon.com/images/I/"
                    + "71mo6NjnxaL._AC_SX38_.jpg'></head><h1>Kettle Aurora</h1><span class='price'>$24.99</span>")
                    .images()).containsExactly("https://m.media-amazon.com/images/I/71mo6NjnxaL.jpg");
        }

        @Test
        void aPictureUnder300PixelsIsNeverTheMainOne() {
            assertThat(product("<head><meta property='og:image' content='https://cdn.example/thumb/kettle.jpg'>"
                    + "<meta property='og:image' content='https://cdn.example/full/kettle-side.jpg'></head>"
                    + "<h1>Kettle Aurora</h1><span class='price'>$24.99</span>").images())
                    .containsExactly("https://cdn.example/full/kettle-side.jpg");
        }

        @Test
        void aThumbnailByItsAttributesIsNoProductPicture() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><div class='gallery'>"
                    + "<img src='/img/kettle-front.jpg' width='800' height='800'>"
                    + "<img src='/img/kettle-side.jpg' width='150' height='200'></div>").images())
                    .containsExactly("https://shop.example/img/kettle-front.jpg");
        }

        @Test
        void aStringThatIsNoPictureIsNoImage() {
            assertThat(product("<head><meta property='og:image' content='https://shop.example/products/kettle.html'>"
                    + "</head><h1>Kettle Aurora</h1><span class='price'>$24.99</span>" + PICTURE).images())
                    .containsExactly("https://shop.example/img/kettle.jpg");
        }

        @Test
        void theGalleryPictureIsTakenAtItsZoomSize() {
            assertThat(product("<h1>Kettle Aurora</h1><span class='price'>$24.99</span><div class='gallery'>"
                    + "<img src='/img/kettle-400.jpg' data-zoom-image='/img/kettle-2000.jpg'></div>").images())
                    .first().isEqualTo("https://shop.example/img/kettle-2000.jpg");
        }
    }
}
