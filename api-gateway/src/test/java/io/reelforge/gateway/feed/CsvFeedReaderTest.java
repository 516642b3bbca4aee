package io.reelforge.gateway.feed;

import static io.reelforge.gateway.feed.Feeds.resource;
import static io.reelforge.gateway.feed.Feeds.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.product.ProductDetails;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class CsvFeedReaderTest {

    private final CsvFeedReader reader = new CsvFeedReader(FeedLimits.defaults(), Feeds.CLOCK);

    private ParsedFeed read(byte[] csv) throws IOException {
        return reader.read(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
    }

    private ParsedFeed read(String csv) throws IOException {
        return read(utf8(csv));
    }

    private ProductDetails onlyProduct(String csv) throws IOException {
        ParsedFeed feed = read(csv);
        assertThat(feed.problems()).isEmpty();
        assertThat(feed.items()).hasSize(1);
        return feed.items().getFirst().product();
    }

    @Test
    void aRowWithTitlePriceAndImageIsAProductThatNeedsNoScraping() throws IOException {
        FeedItem aurora = read(resource("catalog.csv")).items().getFirst();

        assertThat(aurora.id()).isEqualTo("AURORA-POUR-OVER");
        assertThat(aurora.url()).isEqualTo("https://shop.northwind.example/products/aurora-pour-over");
        assertThat(aurora.outOfStock()).isFalse();
        ProductDetails product = aurora.product();
        assertThat(product).isNotNull();
        assertThat(product.title()).isEqualTo("Aurora Ceramic Pour-Over Set");
        assertThat(product.price()).isEqualByComparingTo("39.00");
        assertThat(product.currency()).isEqualTo("USD");
        assertThat(product.brand()).isEqualTo("Northwind");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.sku()).isEqualTo("AURORA-POUR-OVER");
        assertThat(product.url()).isEqualTo(aurora.url());
        assertThat(product.sources()).containsEntry("title", "csv-feed");
    }

    @Test
    void aQuotedValueKeepsItsCommasDoubledQuotesAndLineBreaks() throws IOException {
        ProductDetails product = read(resource("catalog.csv")).items().getFirst().product();

        assertThat(product.description()).isEqualTo("Hand-glazed dripper, with a \"no-drip\" spout.\nBrews 1-4 cups.");
    }

    @Test
    void imagesComeMainColumnFirstSplitAtPipes() throws IOException {
        ProductDetails product = read(resource("catalog.csv")).items().getFirst().product();

        assertThat(product.images()).containsExactly("https://cdn.northwind.example/img/aurora-front.jpg",
                "https://cdn.northwind.example/img/aurora-side.jpg", "https://cdn.northwind.example/img/aurora-top.jpg");
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        // the first column of catalog.csv is SKU, right after a UTF-8 BOM: read as the id, not an unknown column
        assertThat(read(resource("catalog.csv")).items()).extracting(FeedItem::id)
                .containsExactly("AURORA-POUR-OVER", "FILTERS-100", "GRINDER-BURR");
    }

    @Test
    void blankLinesAreNotEntries() throws IOException {
        ParsedFeed feed = read(resource("catalog.csv"));

        assertThat(feed.items()).extracting(FeedItem::position).containsExactly(1, 2, 3);
        assertThat(feed.problems()).extracting(FeedProblem::position).containsExactly(4);
    }

    @Test
    void aRowWithOnlyAUrlIsToBeScraped() throws IOException {
        FeedItem filters = read(resource("catalog.csv")).items().get(1);

        assertThat(filters.url()).isEqualTo("https://shop.northwind.example/products/paper-filters");
        assertThat(filters.product()).isNull();
    }

    @Test
    void aCompleteRowWithoutAUrlIsStillAProduct() throws IOException {
        FeedItem grinder = read(resource("catalog.csv")).items().get(2);

        assertThat(grinder.url()).isNull();
        assertThat(grinder.product()).isNotNull();
        assertThat(grinder.product().price()).isEqualByComparingTo("129.00");
    }

    @Test
    void anOutOfStockRowIsMarked() throws IOException {
        FeedItem grinder = read(resource("catalog.csv")).items().get(2);

        assertThat(grinder.outOfStock()).isTrue();
        assertThat(grinder.product().availability()).isEqualTo("OutOfStock");
    }

    @Test
    void aRowWithNeitherUrlNorProductIsAProblemNamingTheColumnsAsTheHeaderSpellsThem() throws IOException {
        FeedProblem mystery = read(resource("catalog.csv")).problems().getFirst();

        assertThat(mystery.message())
                .isEqualTo("No Product URL to scrape, and too little to make the video from the feed alone:"
                        + " missing Name, Price and Image Link.");
    }

    @Test
    void semicolonsAreTheSeparatorWhenTheHeaderHasThem() throws IOException {
        ParsedFeed feed = read(resource("catalog-semicolon.csv"));

        assertThat(feed.items()).extracting(item -> item.product().title())
                .containsExactly("Kaffeekanne \"Nordlicht\", 1 l", "Kaffeemühle");
    }

    @Test
    void commaDecimalPricesWithASymbolOrCodeAfterTheAmountAreRead() throws IOException {
        List<FeedItem> items = read(resource("catalog-semicolon.csv")).items();

        assertThat(items).extracting(item -> item.product().price())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("19.99"), new BigDecimal("1299.00"));
        assertThat(items).extracting(item -> item.product().currency()).containsExactly("EUR", "EUR");
    }

    @Test
    void googlesTabSeparatedTextFeedReadsWithItsAttributeNames() throws IOException {
        ProductDetails product = onlyProduct(new String(resource("merchant-text-feed.tsv"), StandardCharsets.UTF_8));

        assertThat(product.price()).isEqualByComparingTo("39.00"); // sale_price, no window: on
        assertThat(product.images()).containsExactly("https://cdn.northwind.example/img/aurora-front.jpg",
                "https://cdn.northwind.example/img/aurora-side.jpg", "https://cdn.northwind.example/img/aurora-top.jpg");
        assertThat(product.availability()).isEqualTo("InStock");
    }

    @Test
    void aUrlColumnAloneMakesEveryRowAPageToScrape() throws IOException {
        ParsedFeed feed = read(resource("urls.csv"));

        assertThat(feed.problems()).isEmpty();
        assertThat(feed.items()).allSatisfy(item -> assertThat(item.product()).isNull());
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://shop.northwind.example/products/aurora-pour-over",
                "https://shop.northwind.example/products/gooseneck-kettle",
                "https://shop.northwind.example/products/burr-grinder?variant=black,matte");
    }

    @Test
    void headerNamesMatchWhateverTheirCaseSpacesOrDashes() throws IOException {
        ProductDetails product = onlyProduct("PRODUCT-URL,Product Name,PRICE,image-url\n"
                + "https://shop.example/p/1,Kettle,12.50 EUR,https://cdn.example/k.jpg\n");

        assertThat(product.title()).isEqualTo("Kettle");
        assertThat(product.url()).isEqualTo("https://shop.example/p/1");
        assertThat(product.images()).containsExactly("https://cdn.example/k.jpg");
    }

    @Test
    void severalImagesInOneCellSplitAtPipesWhiteSpaceOrACommaBeforeAnAddress() throws IOException {
        ProductDetails product = onlyProduct("title,price,images\n"
                + "Kettle,12.50,\"https://cdn.example/1.jpg | https://cdn.example/2.jpg https://cdn.example/3.jpg,"
                + "https://cdn.example/4.jpg\"\n");

        assertThat(product.images()).containsExactly("https://cdn.example/1.jpg", "https://cdn.example/2.jpg",
                "https://cdn.example/3.jpg", "https://cdn.example/4.jpg");
    }

    @Test
    void aPriceWithoutACurrencyTakesTheCurrencyColumn() throws IOException {
        ProductDetails product = onlyProduct("title,price,currency,image\nKettle,12.50,chf,https://cdn.example/k.jpg\n");

        assertThat(product.currency()).isEqualTo("CHF");
    }

    @Test
    void anUnreadablePriceOnARowWithoutUrlIsAProblemQuotingIt() throws IOException {
        FeedProblem problem = read("title,price,image\nKettle,call us,https://cdn.example/k.jpg\n").problems().getFirst();

        assertThat(problem.message()).contains("price 'call us' is not a price such as 15.00 USD");
    }

    @Test
    void anUnreadablePriceOnARowWithAUrlLeavesThePageToBeScraped() throws IOException {
        FeedItem item = read("url,title,price,image\nhttps://shop.example/p/1,Kettle,call us,https://cdn.example/k.jpg\n")
                .items().getFirst();

        assertThat(item.url()).isEqualTo("https://shop.example/p/1");
        assertThat(item.product()).isNull();
    }

    @Test
    void anAddressThatIsNotHttpIsNotAUrl() throws IOException {
        FeedProblem problem = read("url\njavascript:alert(1)\n").problems().getFirst();

        assertThat(problem.message()).startsWith("The url 'javascript:alert(1)' is not an http or https address");
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderHasColumnsIsAProblem() throws IOException {
        FeedProblem problem = read("url,title\nhttps://shop.example/p/1,Kettle, 1 l,extra\n").problems().getFirst();

        assertThat(problem.message()).isEqualTo("The row on line 2 has 4 fields, but the header names 2 columns:"
                + " a value that contains the separator (a comma) must be in double quotes.");
    }

    @Test
    void aHeaderWithNeitherAUrlColumnNorProductColumnsIsRefusedListingWhatItHas() {
        assertThatThrownBy(() -> read("sku,title,colour\nA1,Kettle,red\n"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The CSV needs a url column (or link, product_url), or title, price and image columns for"
                        + " products that need no scraping; its header has sku, title, colour.");
    }

    @Test
    void aFileWithoutAHeaderIsRefused() {
        assertThatThrownBy(() -> read("https://shop.example/p/1\nhttps://shop.example/p/2\n"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("must be a header naming its columns, such as url");
    }

    @Test
    void twoColumnsForOneFieldAreRefused() {
        assertThatThrownBy(() -> read("url,link\nhttps://shop.example/p/1,https://shop.example/p/2\n"))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessage("The CSV header has two columns for the same thing: 'url' and 'link'; keep one.");
    }

    @Test
    void textThatIsNotUtf8IsRefusedRatherThanReadAsGarbage() {
        byte[] windows1252 = "url,title\nhttps://shop.example/p/1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(windows1252))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageContaining("is not valid UTF-8 text")
                .hasMessageContaining("save it as UTF-8");
    }

    @Test
    void theRowPastTheItemLimitStopsTheRead() {
        CsvFeedReader small = new CsvFeedReader(Feeds.limits(2, DataSize.ofMegabytes(1)), Feeds.CLOCK);
        byte[] csv = utf8("url\nhttps://shop.example/1\nhttps://shop.example/2\nhttps://shop.example/3\n");

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))
                .isInstanceOf(FeedTooLargeException.class)
                .hasMessage("The feed has more than 2 items, the most one feed may have; split it into several feeds.");
    }
}
