package io.reelforge.scraper.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractToolTest {

    private static final String PAGE = """
            <html><head><title>Aurora Kettle | Shop</title>
            <link rel="canonical" href="https://shop.example/p/aurora">
            <script type="application/ld+json">{"@type":"Product","name":"Aurora Kettle","image":"/img/aurora.jpg",
              "offers":{"@type":"Offer","price":"24.50","priceCurrency":"EUR"}}</script></head>
            <body><h1>Aurora Kettle</h1></body></html>""";

    private final ExtractTool tool = ExtractTool.withDefaults(List.of("127.0.0.1"));
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aSavedPageGivesOneLineWithTheProductAndItsLinksResolvedAgainstItsCanonicalUrl() throws Exception {
        Path file = Files.writeString(dir.resolve("aurora.html"), PAGE);

        String line = tool.line(file.toString(), null);
        JsonNode result = json.readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(result.get("file").stringValue()).isEqualTo(file.toString());
        assertThat(result.get("product").get("title").stringValue()).isEqualTo("Aurora Kettle");
        assertThat(result.get("product").get("price").decimalValue()).isEqualByComparingTo("24.50");
        assertThat(result.get("product").get("images").get(0).stringValue()).isEqualTo("https://shop.example/img/aurora.jpg");
        assertThat(result.get("product").get("sources").get("price").stringValue()).isEqualTo("json-ld");
    }

    @Test
    void theScoredFieldsAreAtTheTopLevelWithThePriceAsAPlainDecimalString() throws Exception {
        Path file = Files.writeString(dir.resolve("aurora.html"), PAGE.replace("\"priceCurrency\":\"EUR\"",
                "\"priceCurrency\":\"EUR\",\"availability\":\"https://schema.org/OutOfStock\"")
                .replace("\"name\":\"Aurora Kettle\",", "\"name\":\"Aurora Kettle\",\"sku\":\"AK-2040\","));

        JsonNode result = json.readTree(tool.line(file.toString(), null));

        assertThat(result.get("price").isString()).isTrue();
        assertThat(result.get("price").stringValue()).isEqualTo("24.50");
        assertThat(result.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(result.get("sku").stringValue()).isEqualTo("AK-2040");
        assertThat(result.get("availability").stringValue()).isEqualTo("OutOfStock");
        assertThat(result.get("images").get(0).stringValue()).isEqualTo("https://shop.example/img/aurora.jpg");
        assertThat(result.get("product").get("title").stringValue()).isEqualTo("Aurora Kettle");
    }

    @Test
    void aGzippedPageAndABaseUrlAreUnderstood() throws Exception {
        Path file = dir.resolve("aurora.html.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.replace("<link rel=\"canonical\" href=\"https://shop.example/p/aurora\">", "")
                    .getBytes(StandardCharsets.UTF_8));
        }

        JsonNode result = json.readTree(tool.line(file.toString(), URI.create("https://other.example/x/y")));

        assertThat(result.get("product").get("images").get(0).stringValue()).isEqualTo("https://other.example/img/aurora.jpg");
    }

    @Test
    void aPageWithoutAProductOrAMissingFileGivesAnErrorLine() throws Exception {
        Path article = Files.writeString(dir.resolve("a.html"), "<html><title>Tips</title><h1>Brewing tips</h1></html>");

        assertThat(json.readTree(tool.line(article.toString(), null)).get("error").stringValue())
                .startsWith("not_a_product_page");
        assertThat(json.readTree(tool.line(dir.resolve("missing.html").toString(), null)).get("error").stringValue())
                .startsWith("unreadable");
    }

    @Test
    void aUrlIsFetchedThroughTheSafeClient() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/p/aurora", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody(); InputStream in = exchange.getRequestBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            JsonNode found = json.readTree(tool.line(base + "/p/aurora", null));
            JsonNode missing = json.readTree(tool.line(base + "/nothing", null));
            JsonNode blocked = json.readTree(ExtractTool.withDefaults(List.of()).line(base + "/p/aurora", null));

            assertThat(found.get("product").get("title").stringValue()).isEqualTo("Aurora Kettle");
            assertThat(missing.get("error").stringValue()).startsWith("page_not_found");
            assertThat(blocked.get("error").stringValue()).startsWith("blocked_url");
        } finally {
            server.stop(0);
        }
    }
}
