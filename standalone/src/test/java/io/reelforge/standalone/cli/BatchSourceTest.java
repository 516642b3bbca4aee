package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchSourceTest {

    private static final byte[] RSS = "<?xml version=\"1.0\"?>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\">"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"catalog.csv, text/csv", "catalog.TSV, text/csv", "google.xml, application/xml",
            "google.rss, application/rss+xml", "google.atom, application/atom+xml"})
    void theExtensionChoosesTheContentType(String file, String type) {
        assertThat(BatchSource.contentType(file, "url\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(type);
    }

    @Test
    void withoutATellingExtensionTheFirstBytesDecide() {
        assertThat(BatchSource.contentType("feed", RSS)).isEqualTo("application/rss+xml");
        assertThat(BatchSource.contentType("feed.txt", bytes("\uFEFF\n  <feed xmlns=\"http://www.w3.org/2005/Atom\">")))
                .isEqualTo("application/atom+xml");
        assertThat(BatchSource.contentType("export", bytes("<products><product/></products>")))
                .isEqualTo("application/xml");
        assertThat(BatchSource.contentType("export.txt", bytes("id,title,price\n1,Mug,18.00\n"))).isEqualTo("text/csv");
    }

    @Test
    void anHttpUrlIsLeftForTheGatewayToFetch() throws Exception {
        assertThat(BatchSource.of("HTTPS://shop.example/feeds/google.xml"))
                .isEqualTo(new BatchSource.FeedUrl("HTTPS://shop.example/feeds/google.xml"));
    }

    @Test
    void aFileIsKnownByItsContentNotItsName() throws Exception {
        Path one = Files.write(dir.resolve("one"), RSS);
        Path other = Files.write(dir.resolve("other.xml"), RSS);
        Path changed = Files.write(dir.resolve("changed.xml"), bytes("<rss/>"));

        BatchSource.FeedFile file = (BatchSource.FeedFile) BatchSource.of(one.toString());

        assertThat(file.contentType()).isEqualTo("application/rss+xml");
        assertThat(file.fingerprint()).isEqualTo(BatchSource.of(other.toString()).fingerprint())
                .isNotEqualTo(BatchSource.of(changed.toString()).fingerprint());
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> BatchSource.of(dir.resolve("nope.csv").toString()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.csv")
                .hasMessageContaining("http(s) URL");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
