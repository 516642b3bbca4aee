package io.reelforge.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final String BASE = "https://shop.example/p/1";

    private static String title(byte[] body, Charset header) {
        return PageDecoder.parse(body, header, BASE).title();
    }

    @Test
    void theHeaderCharsetWinsOverThePagesOwnDeclaration() {
        byte[] body = "<html><head><meta charset=\"utf-8\"><title>Café Crème Mug</title></head></html>".getBytes(LATIN_1);

        assertThat(title(body, LATIN_1)).isEqualTo("Café Crème Mug");
    }

    @Test
    void withoutAHeaderCharsetTheMetaCharsetIsUsed() {
        byte[] body = "<html><head><meta charset=\"iso-8859-1\"><title>Café Crème Mug</title></head></html>".getBytes(LATIN_1);

        assertThat(title(body, null)).isEqualTo("Café Crème Mug");
    }

    @Test
    void withoutAHeaderCharsetAnHttpEquivDeclarationIsUsed() {
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Café – Crème Mug</title></head></html>").getBytes(Charset.forName("windows-1252"));

        assertThat(title(body, null)).isEqualTo("Café – Crème Mug");
    }

    @Test
    void withNoDeclarationAtAllThePageIsReadAsUtf8() {
        byte[] body = "<html><head><title>Café Crème Mug ☕</title></head></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(title(body, null)).isEqualTo("Café Crème Mug ☕");
    }

    @Test
    void anUndeclaredPageThatIsNotValidUtf8IsReadAsWindows1252() {
        byte[] body = "<html><head><title>Café – 12,50 €</title></head></html>".getBytes(Charset.forName("windows-1252"));

        assertThat(title(body, null)).isEqualTo("Café – 12,50 €");
    }

    @Test
    void recognisesAnHtmlBodyServedWithoutAContentType() {
        assertThat(PageDecoder.looksLikeHtml("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PageDecoder.looksLikeHtml("%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
