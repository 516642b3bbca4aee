package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extractor on real store pages, checked against the answers their source projects recorded (see
 * {@code pages/ATTRIBUTION.md}): the answers are read from the recorded files, not retyped here.
 */
class RealPagesTest {

    private static final ProductExtractor EXTRACTOR = new ProductExtractor();
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern IMAGE_URL = Pattern.compile("(?:https?:)?//[^\\s\"]+|/[^\\s\"]+\\.(?:jpe?g|png)");

    private static ProductDetails extract(String resource, String pageUri) {
        URI uri = URI.create(pageUri);
        return EXTRACTOR.extract(TestPages.real(resource, uri), uri).orElseThrow(
                () -> new AssertionError(resource + " was not recognised as a product page"));
    }

    // --- fathom-products: the recorded answers are the page elements that hold the right values

    /** Store, page address, and whether our first image is the recorded main image or only one of ours. */
    static Stream<Arguments> fathomStores() {
        return Stream.of(
                Arguments.of("adidas", "https://www.adidas.com/us/wanderlust-festival-poncho/CE5145.html", true),
                Arguments.of("amazon", "https://www.amazon.com/Camcorder-Hausbell-302S-Control-Infrared/dp/B01KLOA1PI", true),
                Arguments.of("craigslist", "http://sfbay.craigslist.org/eby/fuo/d/pottery-barn-cue-stick/6228494422.html", true),
                Arguments.of("crutchfield", "https://www1.crutchfield.com/p_333ORAK/Parrot-Orak-Minidrone.html", true),
                Arguments.of("ebay", "http://www.ebay.com/itm/Electric-Full-Body-Shiatsu-Massage-Chair-Recliner-w-Heat-Stretched-Foot-Rest-06C-/390985762669", true),
                Arguments.of("etsy", "https://www.etsy.com/listing/252423036/happy-soba-graphic-toddler-baby-kid-tee", true),
                Arguments.of("godiva", "http://www.godiva.com/36pc-gold-giftbox-classic/190751.html", true),
                Arguments.of("overstock", "https://www.overstock.com/Bedding-Bath/Dream-Man-Arm-Pillow/5894513/product.html", true),
                Arguments.of("sciencebob", "http://www.sciencebobstore.com/amazing-self-siphoning-goo/", true),
                // these pages' JSON-LD or og:image names another rendition or picture, which is ranked first
                Arguments.of("dhgate", "https://www.dhgate.com/product/funny-eye-stickers-creative-eyes-sticker/120629211.html", false),
                Arguments.of("ostrichpillow", "https://ostrichpillow.com/products/ostrichpillow-original", false),
                Arguments.of("tiffany", "http://www.tiffany.com/collections/tiffany-yellow-diamonds/tiffany-novo-diamond-ring-30399048", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fathomStores")
    void titleIsTheProductNameInThePageTitle(String store, String pageUri, boolean mainImage) {
        ProductDetails product = extract("fathom-" + store + "/source.html.gz", pageUri);
        String recorded = Jsoup.parse(TestPages.text("fathom-" + store + "/expected-title.html")).title();

        Set<String> ours = words(product.title());
        Set<String> theirs = words(recorded);

        // the page title adds the store's name, or (etsy) cuts a long name short
        assertThat(ours).hasSizeGreaterThanOrEqualTo(2);
        assertThat(theirs.containsAll(ours) || ours.containsAll(theirs))
                .as("'%s' is the product name in '%s'", product.title(), recorded).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fathomStores")
    void priceIsOneTheRecordedPriceElementStates(String store, String pageUri, boolean mainImage) {
        ProductDetails product = extract("fathom-" + store + "/source.html.gz", pageUri);
        Element recorded = Jsoup.parseBodyFragment(TestPages.text("fathom-" + store + "/expected-price.html")).body();

        assertThat(product.price()).isNotNull();
        assertThat(amountsIn(recorded)).anySatisfy(amount -> assertThat(amount).isEqualByComparingTo(product.price()));
        assertThat(product.currency()).as("all twelve are US stores' pages, priced in dollars").isEqualTo("USD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fathomStores")
    void imagesIncludeTheRecordedMainImage(String store, String pageUri, boolean mainImage) {
        ProductDetails product = extract("fathom-" + store + "/source.html.gz", pageUri);
        Set<String> recorded = imageUrlsIn(TestPages.text("fathom-" + store + "/expected-image.html"), pageUri);

        List<String> ours = product.images().stream().map(RealPagesTest::comparable).toList();
        if (mainImage) {
            assertThat(recorded).contains(ours.getFirst());
        } else {
            assertThat(ours).containsAnyElementsOf(recorded);
        }
    }

    // --- metascraper-shopping: its tests state each fixture's price

    static Stream<Arguments> metascraperPrices() {
        String tests = TestPages.text("metascraper-shopping/price.test.js.txt");
        List<Arguments> cases = new ArrayList<>();
        for (String test : tests.split("\ntest\\(")) {
            Matcher fixture = Pattern.compile("fixtures/([\\w-]+)\\.html").matcher(test);
            Matcher url = Pattern.compile("const url =\\s*\"([^\"]+)\"").matcher(test);
            Matcher expected = Pattern.compile(
                    "expect\\(metadata\\.price\\)\\.(?:toBe\\(([\\d.]+)\\)|toBeFalsy\\(\\))").matcher(test);
            if (!fixture.find() || !url.find() || !expected.find()) {
                continue;
            }
            String name = fixture.group(1);
            if (TestPages.class.getResource("/pages/metascraper-shopping/" + name + ".html.gz") != null
                    && !name.equals("etsy")) { // etsy: see etsyPriceAndCurrencyComeFromOneSource
                cases.add(Arguments.of(name, url.group(1), expected.group(1)));
            }
        }
        assertThat(cases).extracting(a -> a.get()[0])
                .containsExactlyInAnyOrder("overstock", "jossandmain", "costco", "potterybarn", "amazon");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("metascraperPrices")
    void priceIsTheRecordedOne(String fixture, String pageUri, String price) {
        ProductDetails product = extract("metascraper-shopping/" + fixture + ".html.gz", pageUri);

        if (price == null) {
            assertThat(product.price()).isNull();
        } else {
            assertThat(product.price()).isEqualByComparingTo(new BigDecimal(price));
            assertThat(product.currency()).isEqualTo("USD");
        }
    }

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

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }

    /** Every amount the recorded price element states: in its text, its content and its data-* attributes. */
    private static List<BigDecimal> amountsIn(Element recorded) {
        List<String> texts = new ArrayList<>(List.of(recorded.text()));
        for (Element element : recorded.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("content") || attribute.getKey().startsWith("data-")) {
                    texts.add(attribute.getValue());
                }
            }
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (String text : texts) {
            Matcher amount = AMOUNT.matcher(text);
            while (amount.find()) {
                BigDecimal value = new BigDecimal(amount.group().replace(",", ""));
                if (value.signum() > 0) {
                    amounts.add(value);
                }
            }
        }
        return amounts;
    }

    /** The recorded {@code <img>}'s URLs: src, the data-* variants and every srcset candidate, absolute. */
    private static Set<String> imageUrlsIn(String html, String pageUri) {
        Element img = Jsoup.parseBodyFragment(html, pageUri).selectFirst("img");
        Set<String> urls = new HashSet<>();
        for (Attribute attribute : img.attributes()) {
            String key = attribute.getKey();
            if (key.equals("src") || key.startsWith("data-") || key.endsWith("srcset")) {
                Matcher url = IMAGE_URL.matcher(attribute.getValue());
                while (url.find()) {
                    Element link = new Element("a").attr("href", url.group().replaceFirst(",$", ""));
                    link.setBaseUri(pageUri);
                    urls.add(comparable(link.absUrl("href")));
                }
            }
        }
        return urls;
    }

    /** A URL without its scheme and with escapes decoded: http/https and %20/space spell the same image. */
    private static String comparable(String url) {
        return URLDecoder.decode(url.replaceFirst("^https?:", ""), StandardCharsets.UTF_8);
    }

    private static String snapshotValue(String section, String key) {
        Matcher value = Pattern.compile("\\n\\s*" + key + ": '([^']*)'").matcher(section);
        assertThat(value.find()).as("%s in the snapshot", key).isTrue();
        return value.group(1);
    }
}
