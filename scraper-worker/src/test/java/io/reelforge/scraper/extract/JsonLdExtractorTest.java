package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdExtractorTest {

    private final JsonLdExtractor extractor = new JsonLdExtractor();

    private PartialProduct extract(String... blocks) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String block : blocks) {
            html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        return extractor.extract(TestPages.snippet(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void readsAProductWithAnOffer() {
        PartialProduct product = extract("""
                {"@context": "https://schema.org", "@type": "Product", "name": "Aurora Pour-Over Set",
                 "description": "Hand-glazed dripper and carafe.", "sku": "AUR-1", "brand": "Northfield",
                 "image": "https://cdn.example/aurora.jpg",
                 "offers": {"@type": "Offer", "price": 49.00, "priceCurrency": "USD",
                            "availability": "https://schema.org/InStock"}}""");

        assertThat(product.declaresProduct()).isTrue();
        assertThat(product.title()).isEqualTo("Aurora Pour-Over Set");
        assertThat(product.description()).isEqualTo("Hand-glazed dripper and carafe.");
        assertThat(product.brand()).isEqualTo("Northfield");
        assertThat(product.sku()).isEqualTo("AUR-1");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("49.00"), "USD"));
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.images()).containsExactly("https://cdn.example/aurora.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"product\"", "\"PRODUCT\"", "\"http://schema.org/Product\"", "\"https://schema.org/Product\"",
            "\"schema:Product\"", "[\"Thing\", \"Product\"]", "[\"IndividualProduct\"]"})
    void recognisesTheProductTypeInAnySpelling(String type) {
        PartialProduct product = extract("{\"@type\": " + type + ", \"name\": \"Kettle\"}");

        assertThat(product.title()).isEqualTo("Kettle");
        assertThat(product.declaresProduct()).isTrue();
    }

    @Test
    void findsTheProductInsideAGraph() {
        PartialProduct product = extract("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Shop"},
                  {"@type": "BreadcrumbList", "itemListElement": []},
                  {"@type": "Product", "name": "Graph Kettle", "offers": {"price": "19.99", "priceCurrency": "EUR"}}]}""");

        assertThat(product.title()).isEqualTo("Graph Kettle");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("19.99"), "EUR"));
    }

    @Test
    void findsTheProductInATopLevelArray() {
        PartialProduct product = extract("""
                [{"@type": "Organization", "name": "Shop"}, {"@type": "Product", "name": "Array Kettle"}]""");

        assertThat(product.title()).isEqualTo("Array Kettle");
    }

    @Test
    void findsTheProductAsTheMainEntityOfAPage() {
        PartialProduct product = extract("""
                {"@type": "ItemPage", "mainEntity": {"@type": "Product", "name": "Main Kettle"}}""");

        assertThat(product.title()).isEqualTo("Main Kettle");
    }

    @Test
    void ignoresProductsThatAreOnlyRelatedItems() {
        PartialProduct product = extract("""
                {"@type": "WebPage", "name": "Blog", "relatedLink": [],
                 "isRelatedTo": {"@type": "Product", "name": "Someone else's kettle"}}""");

        assertThat(product.title()).isNull();
        assertThat(product.declaresProduct()).isFalse();
    }

    @Test
    void aProductGroupTakesItsPriceAndMorePicturesFromItsVariants() {
        PartialProduct product = extract("""
                {"@type": "ProductGroup", "name": "Linen Shirt", "brand": {"@type": "Brand", "name": "Loom"},
                 "image": "/img/shirt.jpg",
                 "hasVariant": [
                   {"@type": "Product", "name": "Linen Shirt S", "image": "/img/shirt-s.jpg",
                    "offers": {"@type": "Offer", "price": "59.00", "priceCurrency": "GBP"}},
                   {"@type": "Product", "name": "Linen Shirt M", "image": "/img/shirt-m.jpg",
                    "offers": {"@type": "Offer", "price": "61.00", "priceCurrency": "GBP"}}]}""");

        assertThat(product.title()).isEqualTo("Linen Shirt");
        assertThat(product.brand()).isEqualTo("Loom");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("59.00"), "GBP"));
        assertThat(product.images()).containsExactly("https://shop.example/img/shirt.jpg",
                "https://shop.example/img/shirt-s.jpg", "https://shop.example/img/shirt-m.jpg");
    }

    @Test
    void anAggregateOfferGivesItsLowPrice() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Tee", "offers": {"@type": "AggregateOffer", "priceCurrency": "USD",
                 "lowPrice": "25.00", "highPrice": "29.00"}}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("25.00"), "USD"));
    }

    @Test
    void anOffersArrayGivesTheFirstOfferWithAPrice() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Tee", "offers": [
                  {"@type": "Offer", "availability": "OutOfStock"},
                  {"@type": "Offer", "price": 12.5, "priceCurrency": "usd"}]}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("12.5"), "USD"));
        assertThat(product.availability()).isEqualTo("OutOfStock");
    }

    @Test
    void aPriceSpecificationCountsButNotItsStrikeThroughPrice() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Lamp", "offers": {"@type": "Offer", "priceCurrency": "EUR",
                 "priceSpecification": [
                   {"@type": "UnitPriceSpecification", "priceType": "https://schema.org/StrikethroughPrice", "price": 89},
                   {"@type": "UnitPriceSpecification", "price": 69}]}}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("69"), "EUR"));
    }

    @Test
    void readsAPriceWrittenAsLocaleText() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Sofa", "offers": {"price": "1.299,00", "priceCurrency": "EUR"}}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("1299.00"), "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "\"\"", "0", "\"0.00\"", "null"})
    void anEmptyOrZeroPriceIsNoPrice(String price) {
        PartialProduct product = extract("{\"@type\": \"Product\", \"name\": \"Sconce\", \"offers\": "
                + "{\"@type\": \"Offer\", \"priceCurrency\": \"USD\", \"price\": " + price
                + ", \"availability\": \"http://schema.org/OutOfStock\"}}");

        assertThat(product.price()).isNull();
        assertThat(product.availability()).isEqualTo("OutOfStock");
    }

    @Test
    void readsImagesAsStringsImageObjectsAndArraysResolvedAgainstThePage() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Mug", "image": [
                  "//cdn.example/a.jpg",
                  {"@type": "ImageObject", "url": "/img/b.jpg"},
                  {"@type": "ImageObject", "contentUrl": "https://cdn.example/c.jpg", "url": "https://cdn.example/page"},
                  "data:image/png;base64,AAAA",
                  "https://cdn.example/a.jpg"]}""");

        assertThat(product.images()).containsExactly("https://cdn.example/a.jpg", "https://shop.example/img/b.jpg",
                "https://cdn.example/c.jpg");
    }

    @Test
    void readsABrandGivenAsAnObject() {
        assertThat(extract("{\"@type\": \"Product\", \"name\": \"Pen\", \"brand\": {\"@type\": \"Brand\", \"name\": \"Inkwell\"}}")
                .brand()).isEqualTo("Inkwell");
        assertThat(extract("{\"@type\": \"Product\", \"name\": \"Pen\", \"brand\": [{\"name\": \"Quill\"}]}")
                .brand()).isEqualTo("Quill");
    }

    @Test
    void toleratesJsonThatBrowsersTolerate() {
        PartialProduct product = extract("""
                <!--
                {
                  // the shop's template adds comments
                  "@type": "Product",
                  "name": "Broken\tKettle",
                  "description": "Line one
                line two",
                  "image": ["/k.jpg",],
                  "offers": {"price": "15.00", "priceCurrency": "USD",},
                }
                -->""");

        assertThat(product.title()).isEqualTo("Broken Kettle");
        assertThat(product.description()).isEqualTo("Line one line two");
        assertThat(product.images()).containsExactly("https://shop.example/k.jpg");
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("15.00"), "USD"));
    }

    @Test
    void readsBlockWhoseQuotesWereHtmlEscaped() {
        PartialProduct product = extract("{&quot;@type&quot;: &quot;Product&quot;, &quot;name&quot;: &quot;Escaped Kettle&quot;}");

        assertThat(product.title()).isEqualTo("Escaped Kettle");
    }

    @Test
    void aBrokenBlockDoesNotHideTheProductInAnother() {
        PartialProduct product = extract("{\"@type\": \"Organization\", \"name\": ", """
                {"@type": "Product", "name": "Second Block Kettle"}""");

        assertThat(product.title()).isEqualTo("Second Block Kettle");
    }

    @Test
    void decodesHtmlEntitiesAndStripsTagsInText() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Kid&#39;s Tee &amp; Cap",
                 "description": "Soft cotton.<br/><br/>Made &quot;to order&quot;&nbsp;in the USA."}""");

        assertThat(product.title()).isEqualTo("Kid's Tee & Cap");
        assertThat(product.description()).isEqualTo("Soft cotton. Made \"to order\" in the USA.");
    }

    @Test
    void aPageWithoutProductMarkupGivesNothing() {
        PartialProduct product = extract("{\"@type\": \"Article\", \"headline\": \"Brewing tips\"}");

        assertThat(product).isEqualTo(PartialProduct.EMPTY);
    }

    @Test
    void readsCodesRatingAndThePriceRangeOfAnAggregateOffer() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Kettle", "gtin13": "4006381333931", "mpn": "KT-17",
                 "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.60", "reviewCount": "1,027"},
                 "offers": {"@type": "AggregateOffer", "lowPrice": "19.99", "highPrice": 34.5, "priceCurrency": "EUR"}}""");

        assertThat(product.gtin()).isEqualTo("4006381333931");
        assertThat(product.mpn()).isEqualTo("KT-17");
        assertThat(product.rating()).isEqualByComparingTo("4.6");
        assertThat(product.reviewCount()).isEqualTo(1027);
        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("19.99"), "EUR"));
        assertThat(product.lowPrice()).isEqualTo(new Money(new BigDecimal("19.99"), "EUR"));
        assertThat(product.highPrice()).isEqualTo(new Money(new BigDecimal("34.5"), "EUR"));
    }

    @Test
    void aProductGroupsVariantsGiveTheRangeAndTheirCodes() {
        PartialProduct product = extract("""
                {"@type": "ProductGroup", "name": "Tee", "hasVariant": [
                  {"@type": "Product", "gtin": "00012345678905", "offers": {"price": 25, "priceCurrency": "USD"}},
                  {"@type": "Product", "offers": {"price": "28.50", "priceCurrency": "USD"}}]}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("25"), "USD"));
        assertThat(product.highPrice()).isEqualTo(new Money(new BigDecimal("28.50"), "USD"));
        assertThat(product.gtin()).isEqualTo("00012345678905");
    }

    @Test
    void aListPriceSpecificationIsKeptAsTheReferencePrice() {
        PartialProduct product = extract("""
                {"@type": "Product", "name": "Lamp", "offers": {"@type": "Offer", "priceCurrency": "USD",
                  "priceSpecification": [
                    {"@type": "UnitPriceSpecification", "priceType": "https://schema.org/ListPrice", "price": 150},
                    {"@type": "UnitPriceSpecification", "price": 120}]}}""");

        assertThat(product.price()).isEqualTo(new Money(new BigDecimal("120"), "USD"));
        assertThat(product.referencePrice()).isEqualTo(new Money(new BigDecimal("150"), "USD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12345\"", "\"0000000000000\"", "\"ABC-123\"", "null"})
    void aGtinThatIsNotEightOrTwelveToFourteenDigitsIsDropped(String gtin) {
        assertThat(extract("{\"@type\": \"Product\", \"name\": \"K\", \"gtin13\": " + gtin + "}").gtin()).isNull();
    }
}
