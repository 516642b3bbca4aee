package io.reelforge.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.scraper.extract.ProductExtractor;
import io.reelforge.standalone.demo.catalog.CatalogProduct;
import io.reelforge.standalone.demo.catalog.CatalogUrls;
import io.reelforge.standalone.demo.catalog.ProductFamily;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sample store's catalog over real HTTP, read by the scraper's own extractor and by standard XML and CSV rules. */
class SampleStoreCatalogTest {

    private static final String G = "http://base.google.com/ns/1.0";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static SampleStore store;
    private static CatalogUrls urls;
    private static List<CatalogProduct> products;

    @BeforeAll
    static void start() throws Exception {
        store = SampleStore.start(0, 200);
        urls = store.catalogUrls();
        products = store.catalog().products();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void theScraperReadsEachPageAsTheCatalogHasIt() throws Exception {
        ProductExtractor extractor = new ProductExtractor();
        List<CatalogProduct> sample = new ArrayList<>(products.subList(0, 30));
        products.stream().filter(p -> !p.inStock()).limit(3).forEach(sample::add);
        products.stream().filter(p -> p.name().contains("\"")).limit(1).forEach(sample::add);
        assertThat(sample).anyMatch(p -> p.salePrice() != null).anyMatch(p -> !p.inStock());

        for (CatalogProduct product : sample) {
            String url = urls.product(product);
            ProductDetails read = extractor.extract(get(url).body(), URI.create(url)).orElseThrow();

            assertThat(read.title()).as(url).isEqualTo(product.name());
            assertThat(read.price()).as(url).isEqualByComparingTo(product.currentPrice());
            assertThat(read.currency()).isEqualTo("USD");
            assertThat(read.images()).as(url).containsExactlyElementsOf(urls.images(product));
            assertThat(read.availability()).as(url).isEqualTo(product.inStock() ? "InStock" : "OutOfStock");
            assertThat(read.brand()).isEqualTo(product.brand());
            assertThat(read.sku()).isEqualTo(product.sku());
            assertThat(read.description()).isEqualTo(product.description());
            assertThat(read.features()).containsExactlyElementsOf(product.features());
            assertThat(read.url()).isEqualTo(url);
        }
    }

    @Test
    void aSoldOutPageHasNoAddToCartButton() throws Exception {
        CatalogProduct soldOut = products.stream().filter(p -> !p.inStock()).findFirst().orElseThrow();
        CatalogProduct inStock = products.getFirst();

        assertThat(get(urls.product(soldOut)).body()).contains("Sold out").doesNotContain("Add to cart");
        assertThat(get(urls.product(inStock)).body()).contains("Add to cart").doesNotContain("Sold out");
    }

    @Test
    void everyPhotoOfAProductIsASquareJpeg() throws Exception {
        CatalogProduct product = products.get(3);
        for (String url : urls.images(product)) {
            HttpResponse<byte[]> photo = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(800);
        }
    }

    @Test
    void theMerchantFeedListsEveryProductInTheGoogleNamespace() throws Exception {
        HttpResponse<String> response = get(urls.feed());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");
        Document feed = xml(response.body());

        assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(products.size());
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            CatalogProduct product = products.get(i);
            assertThat(g(item, "id")).containsExactly(product.sku());
            assertThat(plain(item, "title")).isEqualTo(product.name());
            assertThat(plain(item, "description")).isEqualTo(product.description());
            assertThat(plain(item, "link")).isEqualTo(urls.product(product));
            assertThat(g(item, "price")).containsExactly(product.price().toPlainString() + " USD");
            assertThat(g(item, "sale_price")).containsExactlyElementsOf(product.salePrice() == null ? List.of()
                    : List.of(product.salePrice().toPlainString() + " USD"));
            List<String> images = urls.images(product);
            assertThat(g(item, "image_link")).containsExactly(images.getFirst());
            assertThat(g(item, "additional_image_link")).containsExactlyElementsOf(images.subList(1, images.size()));
            assertThat(g(item, "availability")).containsExactly(product.inStock() ? "in_stock" : "out_of_stock");
            assertThat(g(item, "brand")).containsExactly(product.brand());
        }
        assertThat(g(feed.getDocumentElement(), "price")).allMatch(p -> p.matches("\\d+\\.\\d{2} USD"));
        assertThat(g(feed.getDocumentElement(), "sale_price")).isNotEmpty();
        assertThat(g(feed.getDocumentElement(), "availability")).contains("out_of_stock");
        // "Kiln & Co." and 15" names went through escaping
        assertThat(g(feed.getDocumentElement(), "brand")).contains(ProductFamily.MUG.brand());
    }

    @Test
    void sizeSelectsTheFirstProducts() throws Exception {
        NodeList items = xml(get(urls.feed(10)).body()).getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(10);
        assertThat(g((Element) items.item(9), "id")).containsExactly(products.get(9).sku());

        assertThat(lines(get(urls.feedCsv(5)).body())).hasSize(1 + 5);
        assertThat(lines(get(urls.urlsCsv(0)).body())).containsExactly("url");
    }

    @Test
    void aSizeThatIsNotANumberOrTooLargeIsABadRequest() throws Exception {
        assertThat(get(urls.feed() + "?size=ten").statusCode()).isEqualTo(400);
        HttpResponse<String> tooLarge = get(urls.feedCsv(201));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("from 0 to 200");
        assertThat(get(urls.urlsCsv(-1)).statusCode()).isEqualTo(400);
    }

    @Test
    void theProductsCsvQuotesFieldsAndMatchesTheCatalog() throws Exception {
        HttpResponse<String> response = get(urls.feedCsv());
        assertThat(response.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        List<List<String>> rows = Csv.parse(response.body());

        assertThat(rows.getFirst()).containsExactly("url", "title", "price", "currency", "image", "brand", "sku",
                "availability");
        assertThat(rows).hasSize(1 + products.size());
        for (int i = 0; i < products.size(); i++) {
            CatalogProduct p = products.get(i);
            assertThat(rows.get(i + 1)).containsExactly(urls.product(p), p.name(), p.currentPrice().toPlainString(),
                    "USD", urls.image(p, 1), p.brand(), p.sku(), p.inStock() ? "in_stock" : "out_of_stock");
        }
        CatalogProduct quoted = products.stream().filter(p -> p.name().contains("\"")).findFirst().orElseThrow();
        assertThat(response.body()).contains("," + '"' + quoted.name().replace("\"", "\"\"") + '"' + ",");
    }

    @Test
    void theUrlsCsvHasOneUrlColumn() throws Exception {
        List<String> lines = lines(get(urls.urlsCsv()).body());

        assertThat(lines.getFirst()).isEqualTo("url");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyElementsOf(products.stream().map(urls::product).toList());
    }

    @Test
    void theIndexLinksEveryProductAndTheFeeds() throws Exception {
        String index = get(urls.index()).body();

        assertThat(index).contains(CatalogUrls.FEED_PATH, CatalogUrls.FEED_CSV_PATH, CatalogUrls.URLS_CSV_PATH);
        for (CatalogProduct product : products) {
            assertThat(index).contains("href=\"" + CatalogUrls.PRODUCTS_PATH + product.slug() + "\"");
        }
    }

    @Test
    void unknownProductsAndPhotosAreNotFound() throws Exception {
        CatalogProduct product = products.getFirst();
        assertThat(get(urls.index() + "products/no-such-thing").statusCode()).isEqualTo(404);
        assertThat(get(urls.image(product, product.imageCount() + 1)).statusCode()).isEqualTo(404);
        assertThat(get(urls.image(product, 0)).statusCode()).isEqualTo(404);
        assertThat(get(urls.index() + "images/" + product.slug() + "-x.jpg").statusCode()).isEqualTo(404);
        assertThat(get(urls.index() + "nothing.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoProductIsStillServedAtItsAddress() throws Exception {
        ProductDetails demo = new ProductExtractor().extract(get(store.productUrl()).body(),
                URI.create(store.productUrl())).orElseThrow();

        assertThat(demo.title()).isEqualTo("Halcyon ANC Wireless Headphones");
        assertThat(demo.price()).isEqualByComparingTo(new BigDecimal("249.00"));
        assertThat(demo.images()).hasSize(4).allMatch(url -> url.startsWith(store.baseUrl() + "/images/halcyon-"));
    }

    @Test
    void aTenThousandProductCatalogDrawsNoPhotoUntilOneIsAskedFor() throws Exception {
        try (SampleStore large = SampleStore.start(0, 10_000)) {
            CatalogUrls largeUrls = large.catalogUrls();
            CatalogProduct last = large.catalog().products().getLast();

            assertThat(xml(get(largeUrls.feed()).body()).getElementsByTagName("item").getLength()).isEqualTo(10_000);
            assertThat(get(largeUrls.product(last)).statusCode()).isEqualTo(200);
            assertThat(large.catalogImagesDrawn()).isZero();

            assertThat(get(largeUrls.image(last, 2)).statusCode()).isEqualTo(200);
            assertThat(get(largeUrls.image(last, 2)).statusCode()).isEqualTo(200);
            assertThat(large.catalogImagesDrawn()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<String> g(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(G, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    /** A child element outside any namespace (RSS's own). */
    private static String plain(Element item, String name) {
        NodeList nodes = item.getElementsByTagNameNS(null, name);
        assertThat(nodes.getLength()).as(name).isEqualTo(1);
        return nodes.item(0).getTextContent();
    }

    private static List<String> lines(String csv) {
        assertThat(csv).endsWith("\r\n");
        return List.of(csv.split("\r\n"));
    }
}
