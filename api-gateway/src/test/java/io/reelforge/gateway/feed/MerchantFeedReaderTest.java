package io.reelforge.gateway.feed;

import static io.reelforge.gateway.feed.Feeds.resource;
import static io.reelforge.gateway.feed.Feeds.rss;
import static io.reelforge.gateway.feed.Feeds.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.product.ProductDetails;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MerchantFeedReaderTest {

    private final MerchantFeedReader reader = new MerchantFeedReader(FeedLimits.defaults(), Feeds.CLOCK);

    private ParsedFeed read(byte[] xml) throws IOException {
        return reader.read(new ByteArrayInputStream(xml));
    }

    private ParsedFeed read(String xml) throws IOException {
        return read(utf8(xml));
    }

    private ParsedFeed sampleRss() throws IOException {
        return read(resource("merchant-rss.xml"));
    }

    private ParsedFeed sampleAtom() throws IOException {
        return read(resource("merchant-atom.xml"));
    }

    private ProductDetails onlyProduct(String xml) throws IOException {
        ParsedFeed feed = read(xml);
        assertThat(feed.problems()).isEmpty();
        assertThat(feed.items()).hasSize(1);
        return feed.items().getFirst().product();
    }

    @Test
    void anRssFeedIsReadAsMerchantRss() throws IOException {
        assertThat(sampleRss().format()).isEqualTo(FeedFormat.MERCHANT_RSS);
    }

    @Test
    void anItemWithTitlePriceAndImageIsAProductThatNeedsNoScraping() throws IOException {
        FeedItem aurora = sampleRss().items().getFirst();

        assertThat(aurora.id()).isEqualTo("AURORA-POUR-OVER");
        assertThat(aurora.url()).isEqualTo("https://shop.northwind.example/products/aurora-pour-over");
        ProductDetails product = aurora.product();
        assertThat(product).isNotNull();
        assertThat(product.title()).isEqualTo("Aurora Ceramic Pour-Over Set");
        assertThat(product.description()).isEqualTo("Hand-glazed ceramic dripper & carafe.\nBrews 1-4 cups; dishwasher safe.");
        assertThat(product.brand()).isEqualTo("Northwind");
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.sku()).isEqualTo("AURORA-POUR-OVER");
        assertThat(product.gtin()).isEqualTo("00012345600012");
        assertThat(product.mpn()).isEqualTo("NW-AUR-01");
        assertThat(product.features()).containsExactly("Hand-glazed stoneware", "Brews up to 4 cups");
        assertThat(product.url()).isEqualTo(aurora.url());
        assertThat(product.sources()).containsEntry("price", "merchant-feed");
    }

    @Test
    void theImageLinkComesFirstThenTheAdditionalImagesInFeedOrder() throws IOException {
        ProductDetails product = sampleRss().items().getFirst().product();

        assertThat(product.images()).containsExactly("https://cdn.northwind.example/img/aurora-front.jpg",
                "https://cdn.northwind.example/img/aurora-side.jpg", "https://cdn.northwind.example/img/aurora-top.jpg");
    }

    @Test
    void aSalePriceWhoseWindowIncludesNowIsThePrice() throws IOException {
        assertThat(sampleRss().items().getFirst().product().price()).isEqualByComparingTo("39.00");
    }

    @Test
    void aSalePriceWhoseWindowHasEndedLeavesTheRegularPrice() throws IOException {
        assertThat(sampleRss().items().get(1).product().price()).isEqualByComparingTo("89.00");
    }

    @Test
    void aSalePriceWhoseWindowHasNotBegunLeavesTheRegularPrice() throws IOException {
        MerchantFeedReader early = new MerchantFeedReader(FeedLimits.defaults(),
                Clock.fixed(Instant.parse("2026-11-27T07:59:59Z"), ZoneOffset.UTC));

        ParsedFeed feed = early.read(new ByteArrayInputStream(resource("merchant-rss.xml")));

        assertThat(feed.items().getFirst().product().price()).isEqualByComparingTo("49.00");
    }

    @Test
    void aSalePriceWithAnUnreadableWindowLeavesTheRegularPrice() throws IOException {
        ProductDetails product = onlyProduct(rss("<g:title>Kettle</g:title><g:price>89.00 USD</g:price>"
                + "<g:sale_price>69.00 USD</g:sale_price><g:sale_price_effective_date>Black Friday"
                + "</g:sale_price_effective_date><g:image_link>https://cdn.example/k.jpg</g:image_link>"));

        assertThat(product.price()).isEqualByComparingTo("89.00");
    }

    @Test
    void aSalePriceWithoutAWindowIsThePrice() throws IOException {
        ProductDetails product = onlyProduct(rss("<g:title>Kettle</g:title><g:price>89.00 USD</g:price>"
                + "<g:sale_price>69.00 USD</g:sale_price><g:image_link>https://cdn.example/k.jpg</g:image_link>"));

        assertThat(product.price()).isEqualByComparingTo("69.00");
    }

    @Test
    void aPriceInsideShippingIsNotTheProductsPrice() throws IOException {
        ProductDetails product = onlyProduct(rss("<g:title>Kettle</g:title><g:price>89.00 USD</g:price>"
                + "<g:image_link>https://cdn.example/k.jpg</g:image_link>"
                + "<g:shipping><g:country>US</g:country><g:price>4.95 USD</g:price></g:shipping>"));

        assertThat(product.price()).isEqualByComparingTo("89.00");
    }

    @Test
    void rssOwnTitleLinkAndDescriptionServeWhenTheGoogleOnesAreAbsent() throws IOException {
        FeedItem kettle = sampleRss().items().get(1);

        assertThat(kettle.url()).isEqualTo("https://shop.northwind.example/products/gooseneck-kettle");
        assertThat(kettle.product().title()).isEqualTo("Gooseneck Kettle, 1 L");
        assertThat(kettle.product().description()).isEqualTo("A pouring kettle with a thermometer in the lid.");
    }

    @Test
    void theGoogleSpellingWinsOverTheRssSpellingInEitherOrder() throws IOException {
        String image = "<g:price>1 USD</g:price><g:image_link>https://cdn.example/k.jpg</g:image_link>";
        ParsedFeed feed = read(rss("<title>rss first</title><g:title>google second</g:title>" + image,
                "<g:title>google first</g:title><title>rss second</title>" + image));

        assertThat(feed.items()).extracting(item -> item.product().title())
                .containsExactly("google second", "google first");
    }

    @Test
    void availabilityWithSpacesInsteadOfUnderscoresIsUnderstood() throws IOException {
        assertThat(sampleRss().items().get(1).product().availability()).isEqualTo("InStock"); // "in stock"
        assertThat(sampleAtom().items().get(1).outOfStock()).isTrue(); // "out of stock"
    }

    @Test
    void anOutOfStockItemIsMarked() throws IOException {
        FeedItem grinder = sampleRss().items().get(2);

        assertThat(grinder.outOfStock()).isTrue();
        assertThat(grinder.product().availability()).isEqualTo("OutOfStock");
    }

    @Test
    void aPreorderItemIsNotOutOfStock() throws IOException {
        FeedItem scale = sampleRss().items().get(4);

        assertThat(scale.outOfStock()).isFalse();
        assertThat(scale.product().availability()).isEqualTo("PreOrder");
    }

    @Test
    void anItemWithOnlyALinkIsToBeScraped() throws IOException {
        FeedItem filters = sampleRss().items().get(3);

        assertThat(filters.id()).isEqualTo("FILTERS-100");
        assertThat(filters.url()).isEqualTo("https://shop.northwind.example/products/paper-filters");
        assertThat(filters.product()).isNull();
    }

    @Test
    void anItemWithNeitherLinkNorProductIsAProblemNamingTheMissingFields() throws IOException {
        assertThat(sampleRss().problems()).containsExactly(new FeedProblem(5, "No link to scrape, and too little to"
                + " make the video from the feed alone: missing title, g:price and g:image_link."));
    }

    @Test
    void positionsFollowFeedOrderAcrossItemsAndProblems() throws IOException {
        assertThat(sampleRss().items()).extracting(FeedItem::position).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void anImageThatIsNotAWebAddressLeavesTheProductIncomplete() throws IOException {
        FeedProblem problem = read(rss("<g:title>Kettle</g:title><g:price>1 USD</g:price>"
                + "<g:image_link>file:///etc/passwd</g:image_link>")).problems().getFirst();

        assertThat(problem.message()).contains("g:image_link 'file:///etc/passwd' is not an http or https address");
    }

    @Test
    void aTitleLongerThanTheApiAllowsLeavesTheProductIncomplete() throws IOException {
        FeedProblem problem = read(rss("<g:title>" + "x".repeat(301) + "</g:title><g:price>1 USD</g:price>"
                + "<g:image_link>https://cdn.example/k.jpg</g:image_link>")).problems().getFirst();

        assertThat(problem.message()).contains("title is longer than 300 characters");
    }

    @Test
    void anAtomFeedIsReadAsMerchantAtom() throws IOException {
        assertThat(sampleAtom().format()).isEqualTo(FeedFormat.MERCHANT_ATOM);
    }

    @Test
    void anAtomEntrysPageIsItsAlternateLinkNotItsEnclosure() throws IOException {
        assertThat(sampleAtom().items()).extracting(FeedItem::url).containsExactly(
                "https://shop.northwind.example/products/aurora-pour-over",
                "https://shop.northwind.example/products/burr-grinder",
                "https://shop.northwind.example/products/paper-filters");
    }

    @Test
    void anAtomEntrysSummaryIsItsDescriptionAndItsSaleWindowMayUseColonOffsets() throws IOException {
        ProductDetails product = sampleAtom().items().getFirst().product();

        assertThat(product.description()).isEqualTo("Hand-glazed ceramic dripper & carafe.");
        assertThat(product.price()).isEqualByComparingTo("39.00");
        assertThat(product.images()).containsExactly("https://cdn.northwind.example/img/aurora-front.jpg",
                "https://cdn.northwind.example/img/aurora-side.jpg");
    }

    @Test
    void anAtomEntryWhoseOnlyLinkIsItsSelfLinkIsAProblem() throws IOException {
        assertThat(sampleAtom().problems()).extracting(FeedProblem::position).containsExactly(4);
    }

    @Test
    void aDocumentThatIsNotRssOrAtomIsRefusedNamingItsRoot() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><catalog><product/></catalog>"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The XML document's root element is <catalog>, not <rss> (RSS 2.0) or <feed> (Atom):"
                        + " it is not a Merchant product feed.");
    }

    @Test
    void malformedXmlIsRefusedWithItsLineAndNoParserJargon() {
        String truncated = rss("<g:title>Kettle</g:title>").substring(0, 150);

        assertThatThrownBy(() -> read(truncated))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The feed is not well-formed XML (line ")
                .hasMessageNotContaining("ParseError")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void theGPrefixWithoutItsNamespaceDeclarationIsRefused() {
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><item><g:id>1</g:id></item></channel></rss>"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The feed is not well-formed XML (line 1, column 41): the prefix \"g\" of g:id is not"
                        + " declared (xmlns:g=\"http://base.google.com/ns/1.0\")");
    }
}
