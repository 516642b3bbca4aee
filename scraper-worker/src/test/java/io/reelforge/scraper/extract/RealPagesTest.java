package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Specific traps on real store pages (see {@code pages/ATTRIBUTION.md}); the recorded answers of every page are
 * scored by {@link CorpusAccuracyTest}. Answers are read from the recorded files, not retyped here.
 */
class RealPagesTest {

    private static final ProductExtractor EXTRACTOR = new ProductExtractor();

    private static ProductDetails extract(String resource, String pageUri) {
        URI uri = URI.create(pageUri);
        return EXTRACTOR.extract(TestPages.real(resource, uri), uri).orElseThrow(
                () -> new AssertionError(resource + " was not recognised as a product page"));
    }

    // --- specific traps (every page's recorded answers are scored by CorpusAccuracyTest)

    @Test
    void etsyPriceAndCurrencyComeFromOneSource() {
        // JSON-LD says 43.90 EUR (the page is etsy.com/es, priced in euros); the og tags say 48,00 USD, which is
        // what metascraper recorded. Both pairs are consistent; mixing them (43.90 USD, 48 EUR) would be wrong.
        String pageUri = "https://www.etsy.com/es/listing/550571276/el-original-he-y-hay-calabaza-decoracion";
        ProductDetails product = extract("metascraper-shopping/etsy.html.gz", pageUri);
        PartialProduct openGraph = new OpenGraphExtractor().extract(
                new PageContext(TestPages.real("metascraper-shopping/etsy.html.gz", URI.create(pageUri)), URI.create(pageUri)));

        assertThat(TestPages.text("metascraper-shopping/price.test.js.txt")).contains("expect(metadata.price).toBe(48.0)");
        assertThat(openGraph.price()).isEqualTo(new Money(new BigDecimal("48.00"), "USD"));
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("43.90"));
        assertThat(product.currency()).isEqualTo("EUR");
    }

    @Test
    void overstocksSiteSloganInOgTitleIsNotTakenForTheProductName() {
        String pageUri = "https://www.overstock.com/Home-Garden/Certified-International-Elegance-Canape-Plates-Set-of-6/29099468/product.html";
        Document page = TestPages.real("metascraper-shopping/overstock.html.gz", URI.create(pageUri));
        PartialProduct openGraph = new OpenGraphExtractor().extract(new PageContext(page, URI.create(pageUri)));

        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).startsWith("Overstock.com: Online Shopping");
        assertThat(openGraph.title()).isNull();
        assertThat(extract("metascraper-shopping/overstock.html.gz", pageUri).title())
                .isEqualTo("Certified International Elegance Canape Plates, Set of 6");
    }

    @Test
    void aSoldOutItemHasNoPriceButIsStillAProduct() {
        ProductDetails product = extract("metascraper-shopping/potterybarn.html.gz",
                "https://www.potterybarn.com/products/tully-brass-sconce/");

        assertThat(product.title()).isEqualTo("Tully Sconce");
        assertThat(product.price()).isNull();
        assertThat(product.currency()).isNull();
        assertThat(product.availability()).isEqualTo("OutOfStock");
        assertThat(product.images()).first().asString().startsWith("https://www.potterybarn.com/pbimgs/");
    }

    @Test
    void anAmazonPageWithoutStructuredDataIsReadFromItsHtml() {
        String pageUri = "https://www.amazon.com/Camcorder-Hausbell-302S-Control-Infrared/dp/B01KLOA1PI";
        Document page = TestPages.real("fathom-amazon/source.html.gz", URI.create(pageUri));
        ProductDetails product = EXTRACTOR.extract(page, URI.create(pageUri)).orElseThrow();

        assertThat(page.select("script[type=application/ld+json], meta[property^=og:]")).isEmpty();
        assertThat(product.title()).startsWith("Camcorder, Hausbell 302S FHD Camcorder").doesNotContain("Amazon");
        assertThat(product.features()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(product.url()).isEqualTo(pageUri);
    }

    // --- metascraper (amazon.co.uk): its snapshot states title, image and URL

    @Test
    void amazonCoUkMatchesTheRecordedSnapshot() {
        String snapshots = TestPages.text("metascraper-amazon/expected-snapshots.md");
        String section = snapshots.substring(snapshots.indexOf("## product url for amazon.co.uk"));
        section = section.substring(0, section.indexOf("## ", 3));

        ProductDetails product = extract("metascraper-amazon/amazon-co-uk_product-url.html.gz", snapshotValue(section, "url"));

        assertThat(product.title()).isEqualTo(snapshotValue(section, "title"));
        assertThat(product.images()).first().isEqualTo(snapshotValue(section, "image"));
        assertThat(product.url()).isEqualTo(snapshotValue(section, "url"));
    }

    // --- extruct: its parse of the page's microdata

    @Test
    void microdataProductWithAggregateOfferMatchesExtructsParse() {
        JsonNode expected = JsonMapper.builder().build()
                .readTree(TestPages.text("extruct/monsterpetsupplies.expected.json")).get(0).get("properties");
        JsonNode aggregate = expected.get("offers").get(0).get("properties");

        ProductDetails product = extract("extruct/monsterpetsupplies.html.gz",
                "https://www.monsterpetsupplies.co.uk/cat/cat-flea-tick/johnsons-4-fleas-cats-kittens");

        assertThat(product.title()).isEqualTo(expected.get("name").stringValue());
        assertThat(product.brand()).isEqualTo(expected.get("brand").stringValue());
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal(aggregate.get("lowPrice").stringValue()));
        assertThat(product.currency()).isEqualTo(aggregate.get("priceCurrency").stringValue());
        assertThat(product.images()).first().isEqualTo(expected.get("image").stringValue());
    }

    // --- helpers reading the recorded answers

    private static String snapshotValue(String section, String key) {
        Matcher value = Pattern.compile("\\n\\s*" + key + ": '([^']*)'").matcher(section);
        assertThat(value.find()).as("%s in the snapshot", key).isTrue();
        return value.group(1);
    }
}
