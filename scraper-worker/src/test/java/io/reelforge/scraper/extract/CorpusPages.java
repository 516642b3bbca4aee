package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development corpus in {@code pages/} (see its ATTRIBUTION.md) with the answers its source projects
 * recorded, read from their files: the page elements fathom-products marked, metascraper's test expectations and
 * snapshots, extruct's parses. A field is null where the source recorded nothing for it.
 */
final class CorpusPages {

    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern IMAGE_URL = Pattern.compile("(?:https?:)?//[^\\s\"]+|/[^\\s\"]+\\.(?:jpe?g|png)");

    /**
     * One page and its recorded answers.
     *
     * @param title the text the product name must match (a page title containing it, or the name itself)
     * @param prices every amount the recorded price states; empty for "no price on the page"; null if not recorded
     * @param images the recorded main image in every variant the source gives; null if not recorded
     */
    record Page(String name, String resource, String uri, @Nullable String title, @Nullable List<BigDecimal> prices,
            @Nullable String currency, @Nullable Set<String> images) {
    }

    /**
     * The SKU and stock state we read on a page ourselves ({@code pages/sku-availability.tsv}: the source projects
     * recorded neither), with the evidence.
     *
     * @param sku the product's reference as the page shows it; {@code NONE} when the page shows none; null if not
     *        recorded
     * @param availability a schema.org name; null if not recorded
     */
    record StockAnswer(@Nullable String sku, @Nullable String availability, String evidence) {
        static final String NONE = "-";
    }

    static Map<String, StockAnswer> stockAnswers(List<Page> pages) {
        Set<String> names = new HashSet<>();
        pages.forEach(page -> names.add(page.name()));
        Map<String, StockAnswer> answers = new HashMap<>();
        for (String line : TestPages.text("sku-availability.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!names.contains(cells[0])) {
                throw new IllegalStateException("sku-availability.tsv names no corpus page: " + cells[0]);
            }
            answers.put(cells[0], new StockAnswer(cells[1].isEmpty() ? null : cells[1],
                    cells[2].isEmpty() ? null : cells[2], cells[3]));
        }
        return answers;
    }

    /** Whether our SKU is the recorded one ({@code NONE}: we must report none). */
    static boolean sameSku(@Nullable String ours, String recorded) {
        return recorded.equals(StockAnswer.NONE) ? ours == null : recorded.equalsIgnoreCase(ours);
    }

    /** Whether our stock state is on the recorded side: out of stock (sold out, discontinued) or not. */
    static boolean sameAvailability(@Nullable String ours, String recorded) {
        return ours != null && outOfStock(ours) == outOfStock(recorded);
    }

    private static boolean outOfStock(String availability) {
        return Set.of("OutOfStock", "SoldOut", "Discontinued").contains(availability);
    }

    /**
     * Recorded answers that the page itself contradicts, by page and field, with the evidence. They are left out
     * of the bar and printed beside it (the raw figures with them are printed too), so a reader can judge.
     */
    static final Map<String, Map<String, String>> DISPUTED = Map.of(
            "metascraper-globalindustrial", Map.of("no price where none", "the page shows <p class=\"price main\">"
                    + "Price: $165.95</p> beside Add to cart (and og:type product); metascraper's test records NaN, a"
                    + " parse failure of its own"),
            "metascraper-etsy", Map.of(
                    "price", "three prices: JSON-LD 43.90 EUR, og tags 48,00 USD (recorded), the page shows 53,11 €"
                            + " VAT included; we keep JSON-LD's consistent amount and currency",
                    "currency", "see price"),
            "metascraper-amazon-amazon-es", Map.of("main image", "the recorded 51MbJoAi-xL is another product's"
                    + " picture (Conga 990, in a recommendations strip); the page's #landingImage is 81lde+541vL"),
            "fathom-ostrichpillow", Map.of("main image", "the recorded image is a lifestyle banner from /files/"
                    + " (*-product-intro.jpg, desktop/tablet/mobile); the page's JSON-LD and og:image name the product"
                    + " photos under /products/, which we return"));

    static @Nullable String disputed(Page page, String field) {
        return DISPUTED.getOrDefault(page.name(), Map.of()).get(field);
    }

    private CorpusPages() {
    }

    static List<Page> all() {
        List<Page> pages = new ArrayList<>();
        fathom(pages);
        metascraperShopping(pages);
        metascraperAmazon(pages);
        extruct(pages);
        return pages;
    }

    private static void fathom(List<Page> pages) {
        String[][] stores = {
                {"adidas", "https://www.adidas.com/us/wanderlust-festival-poncho/CE5145.html"},
                {"amazon", "https://www.amazon.com/Camcorder-Hausbell-302S-Control-Infrared/dp/B01KLOA1PI"},
                {"barnesnnoble", "https://www.barnesandnoble.com/w/astrophysics-for-people-in-a-hurry-neil-degrasse-tyson/1125419184?ean=9780393609394"},
                {"craigslist", "http://sfbay.craigslist.org/eby/fuo/d/pottery-barn-cue-stick/6228494422.html"},
                {"crutchfield", "https://www1.crutchfield.com/p_333ORAK/Parrot-Orak-Minidrone.html"},
                {"dhgate", "https://www.dhgate.com/product/funny-eye-stickers-creative-eyes-sticker/120629211.html"},
                {"ebay", "http://www.ebay.com/itm/Electric-Full-Body-Shiatsu-Massage-Chair-Recliner-w-Heat-Stretched-Foot-Rest-06C-/390985762669"},
                {"etsy", "https://www.etsy.com/listing/252423036/happy-soba-graphic-toddler-baby-kid-tee"},
                {"godiva", "http://www.godiva.com/36pc-gold-giftbox-classic/190751.html"},
                {"groupon", "https://www.groupon.com/deals/gg-bathroom-potty-golf-set-with-putter-7-piece"},
                {"hnm", "http://www.hm.com/us/product/61358?article=61358-A"},
                {"home_depot", "http://www.homedepot.com/p/AFC-Cable-Systems-1-2-x-25-ft-Liquidtight-Flexible-Steel-Conduit-6202-22-00/202286744"},
                {"lightinthebox", "http://www.lightinthebox.com/Funny-NoseShower-Gel-Dispenser--QWN146-_p76723.html"},
                {"microsoft", "https://www.microsoft.com/en-us/store/d/surface-laptop/90fc23dv6snz"},
                {"newegg", "https://www.newegg.com/Product/Product.aspx?Item=N82E16819117726"},
                {"nordstrom", "http://shop.nordstrom.com/s/keepsake-the-label-be-the-one-sleeveless-dress/4608472"},
                {"ostrichpillow", "https://ostrichpillow.com/products/ostrichpillow-original"},
                {"overstock", "https://www.overstock.com/Bedding-Bath/Dream-Man-Arm-Pillow/5894513/product.html"},
                {"sciencebob", "http://www.sciencebobstore.com/amazing-self-siphoning-goo/"},
                {"stanford_bookstore", "http://www.bkstr.com/ProductDisplay?storeId=10161&productId=70682436&langId=-1&catalogId=10001"},
                {"target", "https://www.target.com/p/hairpin-stool-walnut-room-essentials-153/-/A-52062126"},
                {"tesla", "https://www.tesla.com/new/5YJSA1E49HF198968"},
                {"tiffany", "http://www.tiffany.com/collections/tiffany-yellow-diamonds/tiffany-novo-diamond-ring-30399048"},
                {"uniqlo", "https://www.uniqlo.com/us/en/women-extra-fine-merino-crewneck-cardigan-151947.html"}};
        for (String[] store : stores) {
            String folder = "fathom-" + store[0] + "/";
            Element price = Jsoup.parseBodyFragment(TestPages.text(folder + "expected-price.html")).body();
            pages.add(new Page("fathom-" + store[0], folder + "source.html.gz", store[1],
                    Jsoup.parse(TestPages.text(folder + "expected-title.html")).title(), amountsIn(price),
                    price.text().contains("$") ? "USD" : null,
                    imageUrlsIn(TestPages.text(folder + "expected-image.html"), store[1])));
        }
    }

    private static void metascraperShopping(List<Page> pages) {
        String tests = TestPages.text("metascraper-shopping/price.test.js.txt");
        for (String test : tests.split("\ntest\\(")) {
            Matcher fixture = Pattern.compile("fixtures/([\\w-]+)\\.html").matcher(test);
            Matcher url = Pattern.compile("const url =\\s*\"([^\"]+)\"").matcher(test);
            Matcher expected = Pattern.compile(
                    "expect\\(metadata\\.price\\)\\.(?:toBe\\(([\\d.]+)\\)|toBeFalsy\\(\\))").matcher(test);
            if (fixture.find() && url.find() && expected.find()) {
                String price = expected.group(1);
                pages.add(new Page("metascraper-" + fixture.group(1),
                        "metascraper-shopping/" + fixture.group(1) + ".html.gz", url.group(1), null,
                        price == null ? List.of() : List.of(new BigDecimal(price)), price == null ? null : "USD",
                        null));
            }
        }
        // the wayfair fixture has no recorded answer; it is still extracted (speed, no exception)
        pages.add(new Page("metascraper-wayfair", "metascraper-shopping/wayfair.html.gz",
                "https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html",
                null, null, null, null));
    }

    private static void metascraperAmazon(List<Page> pages) {
        String snapshots = TestPages.text("metascraper-amazon/expected-snapshots.md");
        String[][] fixtures = {{"product url for amazon.co.uk", "amazon-co-uk_product-url"},
                {"ansi url for amazon.com", "amazon-com_ansi-url"}, {"product url for amazon.com", "amazon-com_product-url"},
                {"product url for amazon.es", "amazon-es_product-url"}};
        for (String[] fixture : fixtures) {
            String section = snapshots.substring(snapshots.indexOf("## " + fixture[0]));
            int end = section.indexOf("\n## ", 3);
            section = end < 0 ? section : section.substring(0, end);
            String url = snapshotValue(section, "url");
            pages.add(new Page("metascraper-amazon-" + fixture[1].replace("_product-url", "").replace("_", "-"),
                    "metascraper-amazon/" + fixture[1] + ".html.gz", url, snapshotValue(section, "title"), null, null,
                    Set.of(comparable(snapshotValue(section, "image")))));
        }
    }

    private static void extruct(List<Page> pages) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode monster = json.readTree(TestPages.text("extruct/monsterpetsupplies.expected.json")).get(0)
                .get("properties");
        JsonNode aggregate = monster.get("offers").get(0).get("properties");
        pages.add(new Page("extruct-monsterpetsupplies", "extruct/monsterpetsupplies.html.gz",
                "https://www.monsterpetsupplies.co.uk/cat/cat-flea-tick/johnsons-4-fleas-cats-kittens",
                monster.get("name").stringValue(), List.of(new BigDecimal(aggregate.get("lowPrice").stringValue())),
                aggregate.get("priceCurrency").stringValue(), Set.of(comparable(monster.get("image").stringValue()))));
        // two more of extruct's samples, answers read by us: its schema.org Product example (a sale price beside a
        // "Regular price", an offer in stock, "Product #" marked as the mpn) and a store's page head with only a
        // Twitter product card (price in Lebanese pounds)
        pages.add(new Page("extruct-schema-org-product", "extruct/schema-org-product.html.gz",
                "https://extruct.example/samples/schema.org/product.html", "Executive Anvil",
                List.of(new BigDecimal("119.99")), "USD",
                Set.of(comparable("https://extruct.example/samples/schema.org/anvil_executive.jpg"))));
        pages.add(new Page("extruct-spinneyslebanon", "extruct/twittercard-spinneyslebanon.html.gz",
                "https://www.spinneyslebanon.com/mevgal-bio-feta-cheese-200g.html", "Mevgal Bio Feta Cheese 200g",
                List.of(new BigDecimal("139999.00")), "LBP", Set.of(comparable("https://d145dj1pf6foch.cloudfront.net"
                        + "/catalog/product/cache/96439f90b2da9c0500e3c88801966a5f/4/8/489874-v001-1_1.jpg"),
                        comparable("https://d145dj1pf6foch.cloudfront.net/catalog/product/cache"
                                + "/1dfbce20f903bb776ac5277b1934e5b0/4/8/489874-v001-1_1.jpg"))));
        JsonNode properties = json.readTree(TestPages.text("extruct/fye.expected.json")).get(0).get("properties");
        String url = og(properties, "og:url");
        pages.add(new Page("extruct-fye", "extruct/fye.html.gz", url, og(properties, "og:title"),
                List.of(new BigDecimal(og(properties, "product:price:amount"))),
                og(properties, "product:price:currency"), Set.of(comparable(og(properties, "og:image")))));
    }

    private static String og(JsonNode properties, String key) {
        for (JsonNode pair : properties) {
            if (pair.get(0).stringValue().equals(key)) {
                return pair.get(1).stringValue();
            }
        }
        throw new IllegalStateException(key + " not recorded");
    }

    // --- comparing answers

    /** Whether our title names the product in the recorded text: one word set contains the other. */
    static boolean sameTitle(String ours, String recorded) {
        Set<String> a = words(ours);
        Set<String> b = words(recorded);
        return a.size() >= 2 && (b.containsAll(a) || a.containsAll(b));
    }

    /**
     * Whether our image is the recorded picture: the same URL, another size of the same picture (by the
     * extractor's own {@link ImageVariants#key}), or the same asset under a longer, SEO-friendly name
     * ({@code tiffany-novodiamond-ring-30831993_930960_ED_M.jpg} is asset {@code 30831993_930960_ED_M}).
     */
    static boolean sameImage(String ours, Set<String> recorded) {
        String key = ImageVariants.key(comparable(ours));
        String stem = stem(ours);
        return recorded.contains(comparable(ours))
                || recorded.stream().anyMatch(r -> ImageVariants.key(r).equals(key)
                        || (stem(r).length() >= 12 && stem.endsWith(stem(r))));
    }

    private static String stem(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }

    /** Every amount the recorded price element states: in its text, its content and its data-* attributes. */
    static List<BigDecimal> amountsIn(Element recorded) {
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
            Matcher amount = AMOUNT.matcher(text.replace("$ ", "$"));
            while (amount.find()) {
                BigDecimal value = new BigDecimal(amount.group().replace(",", ""));
                if (value.signum() > 0) {
                    amounts.add(value);
                }
            }
        }
        // "$339<sup>.99</sup>": the element's text reads "$339 .99"
        Matcher split = Pattern.compile("(\\d+)\\s+\\.(\\d{2})").matcher(recorded.text());
        if (split.find()) {
            amounts.add(new BigDecimal(split.group(1) + "." + split.group(2)));
        }
        return amounts;
    }

    /** The recorded {@code <img>}'s URLs: src, the data-* variants and every srcset candidate, comparable. */
    static Set<String> imageUrlsIn(String html, String pageUri) {
        Element img = Jsoup.parseBodyFragment(html, pageUri).selectFirst("img");
        Set<String> urls = new HashSet<>();
        if (img == null) {
            return urls;
        }
        for (Attribute attribute : img.attributes()) {
            String key = attribute.getKey();
            List<String> candidates = new ArrayList<>();
            if (key.endsWith("srcset")) {
                for (String candidate : attribute.getValue().split(",\\s+")) {
                    candidates.add(candidate.strip().split("\\s+")[0]);
                }
            } else if (key.equals("src") || key.startsWith("data-")) {
                String value = attribute.getValue().strip();
                if (value.startsWith("http") || value.startsWith("/")) {
                    candidates.add(value); // the whole attribute is the URL, spaces and all
                } else {
                    Matcher url = IMAGE_URL.matcher(value);
                    while (url.find()) {
                        candidates.add(url.group());
                    }
                }
            }
            for (String candidate : candidates) {
                Element link = new Element("a").attr("href", candidate.replaceFirst(",$", ""));
                link.setBaseUri(pageUri);
                String absolute = link.absUrl("href");
                if (!absolute.isEmpty()) {
                    urls.add(comparable(absolute));
                }
            }
        }
        return urls;
    }

    /** A URL without its scheme and with escapes decoded: http/https and %20/space spell the same image. */
    static String comparable(String url) {
        return URLDecoder.decode(url.replaceFirst("^https?:", "").replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String snapshotValue(String section, String key) {
        Matcher value = Pattern.compile("\\n\\s*" + key + ": '([^']*)'").matcher(section);
        if (!value.find()) {
            throw new IllegalStateException(key + " not in the snapshot");
        }
        return value.group(1);
    }
}
