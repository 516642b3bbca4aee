package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on every page of the development corpus, scored against the recorded answers (see
 * {@link CorpusPages}); prints a per-field accuracy table and the misses, and fails under the bar of issue 5:
 * title, price, currency and main image right on at least 95% of the pages that record them, and no price
 * reported on a page that has none; and under 90% for SKU and availability (issue 14).
 */
class CorpusAccuracyTest {

    private static final double BAR = 0.95;
    /** SKU and stock state: answers we read ourselves, on fewer pages, and a first bar for fields new in issue 14. */
    private static final double STOCK_BAR = 0.90;
    private static final ProductExtractor EXTRACTOR = new ProductExtractor();
    private static final Map<CorpusPages.Page, Optional<ProductDetails>> RESULTS = new LinkedHashMap<>();
    private static final Map<String, Score> SCORES = new LinkedHashMap<>();
    private static final Map<String, CorpusPages.StockAnswer> STOCK = new LinkedHashMap<>();

    /** Right and total leave disputed answers out; the raw figures count them as misses. */
    record Score(int right, int total, int rawTotal, List<String> misses, List<String> disputed) {
        double rate() {
            return total == 0 ? 1 : (double) right / total;
        }
    }

    @BeforeAll
    static void extractEveryPage() {
        long slowest = 0;
        String slowestPage = "";
        long start = System.nanoTime();
        for (CorpusPages.Page page : CorpusPages.all()) {
            URI uri = URI.create(page.uri());
            long pageStart = System.nanoTime();
            RESULTS.put(page, EXTRACTOR.extract(TestPages.real(page.resource(), uri), uri));
            long took = (System.nanoTime() - pageStart) / 1_000_000;
            if (took > slowest) {
                slowest = took;
                slowestPage = page.name();
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        STOCK.putAll(CorpusPages.stockAnswers(List.copyOf(RESULTS.keySet())));
        score("title", p -> p.title() != null, (p, d) -> CorpusPages.sameTitle(d.title(), p.title()));
        score("price", p -> p.prices() != null && !p.prices().isEmpty(),
                (p, d) -> d.price() != null && p.prices().stream().anyMatch(a -> a.compareTo(d.price()) == 0));
        score("currency", p -> p.currency() != null, (p, d) -> p.currency().equals(d.currency()));
        score("main image", p -> p.images() != null,
                (p, d) -> !d.images().isEmpty() && CorpusPages.sameImage(d.images().getFirst(), p.images()));
        score("sku", p -> stock(p).sku() != null, (p, d) -> CorpusPages.sameSku(d.sku(), stock(p).sku()));
        score("availability", p -> stock(p).availability() != null,
                (p, d) -> CorpusPages.sameAvailability(d.availability(), stock(p).availability()));
        score("no price where none", p -> p.prices() != null && p.prices().isEmpty(), (p, d) -> d.price() == null);
        StringBuilder table = new StringBuilder(String.format("%n%-22s %6s %6s %9s   %s%n", "field", "right",
                "pages", "accuracy", "raw (disputed answers counted as misses)"));
        SCORES.forEach((field, s) -> table.append(String.format("%-22s %6d %6d %8.1f%%   %d/%d = %.1f%%%n", field,
                s.right(), s.total(), 100 * s.rate(), s.right(), s.rawTotal(),
                s.rawTotal() == 0 ? 100.0 : 100.0 * s.right() / s.rawTotal())));
        SCORES.forEach((field, s) -> s.misses().forEach(m -> table.append("  miss ").append(field).append(": ")
                .append(m).append('\n')));
        SCORES.forEach((field, s) -> s.disputed().forEach(m -> table.append("  disputed ").append(field)
                .append(": ").append(m).append('\n')));
        table.append(String.format("%d pages in %d ms, slowest %s (%d ms)%n", RESULTS.size(), total, slowestPage,
                slowest));
        System.out.print(table);
    }

    private static CorpusPages.StockAnswer stock(CorpusPages.Page page) {
        return STOCK.getOrDefault(page.name(), new CorpusPages.StockAnswer(null, null, ""));
    }

    private static void score(String field, Predicate<CorpusPages.Page> recorded,
            BiPredicate<CorpusPages.Page, ProductDetails> right) {
        int rightCount = 0;
        int total = 0;
        int rawTotal = 0;
        List<String> misses = new ArrayList<>();
        List<String> disputed = new ArrayList<>();
        for (Map.Entry<CorpusPages.Page, Optional<ProductDetails>> result : RESULTS.entrySet()) {
            CorpusPages.Page page = result.getKey();
            if (!recorded.test(page)) {
                continue;
            }
            rawTotal++;
            ProductDetails product = result.getValue().orElse(null);
            boolean isRight = product != null && right.test(page, product);
            String line = page.name() + " -> " + (product == null ? "not a product page" : describe(field, product))
                    + " (recorded " + recordedValue(field, page) + ")";
            String dispute = CorpusPages.disputed(page, field);
            if (dispute != null && !isRight) {
                disputed.add(line + ": " + dispute);
                continue;
            }
            total++;
            if (isRight) {
                rightCount++;
            } else {
                misses.add(line);
            }
        }
        SCORES.put(field, new Score(rightCount, total, rawTotal, misses, disputed));
    }

    private static String describe(String field, ProductDetails product) {
        return switch (field) {
            case "title" -> product.title();
            case "main image" -> product.images().isEmpty() ? "no image" : product.images().getFirst();
            case "sku" -> String.valueOf(product.sku());
            case "availability" -> String.valueOf(product.availability());
            default -> product.price() + " " + product.currency();
        };
    }

    private static String recordedValue(String field, CorpusPages.Page page) {
        return switch (field) {
            case "title" -> page.title();
            case "main image" -> String.valueOf(page.images());
            case "currency" -> page.currency();
            case "sku" -> stock(page).sku() + ": " + stock(page).evidence();
            case "availability" -> stock(page).availability() + ": " + stock(page).evidence();
            default -> String.valueOf(page.prices());
        };
    }

    @Test
    void everyPageIsRecognisedAsAProductPage() {
        assertThat(RESULTS.entrySet().stream().filter(r -> r.getValue().isEmpty()).map(r -> r.getKey().name()))
                .as("pages not recognised as product pages").isEmpty();
    }

    @Test
    void titleIsRightOnNinetyFivePercentOfPages() {
        assertThat(SCORES.get("title").rate()).as(SCORES.get("title").misses().toString()).isGreaterThanOrEqualTo(BAR);
    }

    @Test
    void priceIsRightOnNinetyFivePercentOfPages() {
        assertThat(SCORES.get("price").rate()).as(SCORES.get("price").misses().toString()).isGreaterThanOrEqualTo(BAR);
    }

    @Test
    void currencyIsRightOnNinetyFivePercentOfPages() {
        assertThat(SCORES.get("currency").rate()).as(SCORES.get("currency").misses().toString())
                .isGreaterThanOrEqualTo(BAR);
    }

    @Test
    void mainImageIsRightOnNinetyFivePercentOfPages() {
        assertThat(SCORES.get("main image").rate()).as(SCORES.get("main image").misses().toString())
                .isGreaterThanOrEqualTo(BAR);
    }

    @Test
    void skuIsRightOnNinetyPercentOfPages() {
        assertThat(SCORES.get("sku").rate()).as(SCORES.get("sku").misses().toString())
                .isGreaterThanOrEqualTo(STOCK_BAR);
    }

    @Test
    void availabilityIsRightOnNinetyPercentOfPages() {
        assertThat(SCORES.get("availability").rate()).as(SCORES.get("availability").misses().toString())
                .isGreaterThanOrEqualTo(STOCK_BAR);
    }

    @Test
    void noPriceIsReportedWhereThePageHasNone() {
        assertThat(SCORES.get("no price where none").misses()).isEmpty();
    }
}
