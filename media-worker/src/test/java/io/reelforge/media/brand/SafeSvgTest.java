package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.media.image.UnusableImageException;
import io.reelforge.media.testing.StaticHttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An SVG logo is drawn from what it holds, and never makes the worker fetch or read anything it names. */
class SafeSvgTest {

    private final StaticHttpServer server = new StaticHttpServer();
    private final String elsewhere = server.serve("/other.svg", "image/svg+xml", """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect id="r" width="10" height="10"/></svg>
            """.getBytes(StandardCharsets.UTF_8));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLogoIsDrawnInItsColoursAtItsAspectWithinTheSizeAsked() throws Exception {
        BufferedImage logo = SafeSvg.rasterise(svg("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
                  <rect x="0" y="0" width="100" height="100" fill="#00C853"/>
                  <circle cx="150" cy="50" r="40" fill="#D500F9"/>
                </svg>"""), 400);

        assertThat(logo.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(logo.getWidth()).isEqualTo(400);
        assertThat(logo.getHeight()).isEqualTo(200);
        assertThat(new Color(logo.getRGB(100, 100), true)).isEqualTo(new Color(0x00, 0xC8, 0x53, 255));
        assertThat(new Color(logo.getRGB(300, 100), true)).isEqualTo(new Color(0xD5, 0x00, 0xF9, 255));
        assertThat(new Color(logo.getRGB(205, 5), true).getAlpha()).as("transparent outside its shapes").isZero();
    }

    @Test
    void externalReferencesStylesheetsAndScriptsFetchNothingAndTheRestIsDrawn() throws Exception {
        String url = elsewhere;
        BufferedImage logo = SafeSvg.rasterise(svg("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     viewBox="0 0 100 100">
                  <style>@import url("%1$s?css"); rect { fill: url("%1$s?paint#g") }</style>
                  <script xlink:href="%1$s?script"/>
                  <script>fetch("%1$s?inline")</script>
                  <use href="%1$s?use#r"/>
                  <use xlink:href="%1$s?xlink#r"/>
                  <image href="%1$s?image" width="100" height="100"/>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="100" height="100"/>
                  <filter id="f"><feImage href="%1$s?feimage"/></filter>
                  <rect width="50" height="50" filter="url(#f)" fill="#00C853"/>
                  <circle cx="75" cy="75" r="20" fill="#D500F9"/>
                  <foreignObject width="100" height="100"><iframe src="%1$s?iframe"/></foreignObject>
                </svg>""".formatted(url)), 100);

        assertThat(server.requestCount()).isZero();
        assertThat(new Color(logo.getRGB(75, 75), true)).isEqualTo(new Color(0xD5, 0x00, 0xF9, 255));
    }

    @Test
    void anSvgDeclaringEntitiesIsRefusedWithoutReadingThem() {
        byte[] xxe = svg("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY logo SYSTEM "%s?entity"> <!ENTITY local SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&logo;&local;</text></svg>"""
                .formatted(elsewhere));

        assertThatThrownBy(() -> SafeSvg.rasterise(xxe, 100)).isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void anSvgOverTheSizeLimitIsRefusedUnread() {
        byte[] huge = new byte[SafeSvg.MAX_BYTES + 1];
        System.arraycopy(svg("<svg "), 0, huge, 0, 5);

        assertThatThrownBy(() -> SafeSvg.rasterise(huge, 100)).isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void anSvgWithMorePathsThanTheLimitIsRefused() {
        StringBuilder paths = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">");
        for (int i = 0; i < SafeSvg.LIMITS.maxPathCount() + 10; i++) {
            paths.append("<path d=\"M0 0L1 1\"/>");
        }
        byte[] file = svg(paths.append("</svg>").toString());

        assertThatThrownBy(() -> SafeSvg.rasterise(file, 100)).isInstanceOf(UnusableImageException.class);
    }

    @Test
    void anSvgWithoutASizeIsRefused() {
        assertThatThrownBy(() -> SafeSvg.rasterise(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\""
                + " height=\"0\"/>"), 100)).isInstanceOf(UnusableImageException.class);
    }

    @Test
    void svgIsToldFromRasterFilesByItsFirstBytes() {
        assertThat(SafeSvg.looksLikeSvg(svg("\uFEFF  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")))
                .isTrue();
        assertThat(SafeSvg.looksLikeSvg(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isFalse();
        assertThat(SafeSvg.looksLikeSvg(svg("<html><body>not a logo</body></html>"))).isFalse();
    }

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
