package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The extractor on malformed input, generated: broken tags and attributes, JSON-LD made of random JSON tokens,
 * deep nesting, and real pages with random cuts and insertions. Whatever the page, it answers (a product or
 * none) within a bounded time and never throws.
 */
class MalformedPagesPropertyTest {

    private static final ProductExtractor EXTRACTOR = new ProductExtractor();
    private static final URI PAGE = URI.create("https://shop.example/p/1");
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final byte[] REAL = TestPages.bytes("fathom-craigslist/source.html.gz");

    private static final List<String> HTML_PIECES = List.of("<", ">", "</", "<div", "<div class=\"price\">",
            "</div>", "<h1>", "</h1>", "<title>", "</title>", "<img src=\"", "<img srcset=\"a.jpg 2x, , b.jpg 99999999999w\"",
            "\"", "'", "=", " itemprop=\"price\" content=\"", " itemscope itemtype=\"http://schema.org/Product\"",
            "<meta property=\"og:price:amount\" content=\"", "<meta property=\"product:price:currency\" content=\"",
            "<span typeof=\"schema:Product\">", "<span property=\"schema:price\" content=\"", "$", "€", "1.299,00",
            "1,299.00", "-5", "0", "99999999999999999999999", "NaN", "&amp;", "&#x0;", "&#99999999;", "<!--", "-->",
            "<![CDATA[", "]]>", "<script>", "</script>", "<table><tr><td>", "<li>", "<ul class=\"bullets\">",
            "<button>Add to cart</button>", "<base href=\"javascript:alert(1)\">", "<link rel=canonical href=\"",
            "http://", "//", "data:image/png;base64,AAAA", "\u0000", "\uFFFF", "\uD800", "kr", "R$", "CHF 1'299.–",
            "<script type=\"application/json\" id=\"ProductJson-x\">{\"variants\":[{\"price\":", "}]}</script>");
    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"@type\"", "\"Product\"",
            "\"product\"", "\"ProductGroup\"", "\"hasVariant\"", "\"@graph\"", "\"offers\"", "\"Offer\"",
            "\"AggregateOffer\"", "\"price\"", "\"lowPrice\"", "\"highPrice\"", "\"priceCurrency\"", "\"EUR\"",
            "\"priceSpecification\"", "\"image\"", "\"url\"", "\"name\"", "\"brand\"", "\"aggregateRating\"",
            "\"ratingValue\"", "\"gtin13\"", "12.5", "-1", "1e999", "0x1F", "null", "true", "\"\\u0000\"", "\"\\ud800\"",
            "/*", "*/", "//", "&quot;", "<!--", "-->", "'", "\"", "\\", "\n");

    @Property(tries = 200)
    void anyTagSoupIsAnsweredWithoutAnExceptionInBoundedTime(@ForAll("tagSoup") String html) {
        extractWithinBound(html);
    }

    @Property(tries = 200)
    void anyJsonLdBlockIsAnsweredWithoutAnExceptionInBoundedTime(@ForAll("jsonLd") String json) {
        extractWithinBound("<html><head><title>Kettle</title><script type=\"application/ld+json\">" + json
                + "</script></head><body><h1>Kettle</h1></body></html>");
    }

    @Property(tries = 20)
    void deeplyNestedMarkupIsAnsweredInBoundedTime(@ForAll @IntRange(min = 100, max = 5000) int depth) {
        extractWithinBound("<title>Deep</title>" + "<div class=\"price\">".repeat(depth) + "$5"
                + "<script type=\"application/ld+json\">" + "[".repeat(depth) + "{\"@type\":\"Product\"}"
                + "]".repeat(depth) + "</script>");
    }

    @Property(tries = 30)
    void aRealPageCutAndSplicedAtRandomIsAnsweredInBoundedTime(@ForAll @IntRange(min = 0, max = 16000) int cut,
            @ForAll @IntRange(min = 0, max = 4000) int length, @ForAll("tagSoup") String insert) {
        String page = new String(REAL, StandardCharsets.UTF_8);
        int start = Math.min(cut, page.length());
        int end = Math.min(page.length(), start + length);
        extractWithinBound(page.substring(0, start) + insert + page.substring(end));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        return pieces(HTML_PIECES);
    }

    @Provide
    Arbitrary<String> jsonLd() {
        return pieces(JSON_PIECES);
    }

    private static Arbitrary<String> pieces(List<String> pieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(pieces), Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    private static void extractWithinBound(String html) {
        assertTimeoutPreemptively(BOUND, () -> assertThat(EXTRACTOR.extract(html, PAGE)).isNotNull());
    }
}
