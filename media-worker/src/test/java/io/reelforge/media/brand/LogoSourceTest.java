package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.media.image.UnusableImageException;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogoSourceTest {

    private final StaticHttpServer server = new StaticHttpServer();
    private final LogoSource logos = Logos.source();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPngLogoKeepsItsTransparency() throws Exception {
        String url = server.serve("/logo.png", "image/png", TestImages.encode(Logos.twoTone(200), "png"));

        BufferedImage logo = logos.fetch(url);

        assertThat(logo.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(logo.getWidth()).isEqualTo(200);
        assertThat(new Color(logo.getRGB(1, 1), true).getAlpha()).isZero();
        assertThat(new Color(logo.getRGB(50, 50), true)).isEqualTo(Logos.GREEN);
        assertThat(new Color(logo.getRGB(150, 50), true)).isEqualTo(Logos.MAGENTA);
    }

    @Test
    void anSvgLogoIsRasterisedAtTheKeptSize() throws Exception {
        String url = server.serve("/logo.svg", "image/svg+xml", """
                <svg xmlns="http://www.w3.org/2000/svg" width="120" height="30">
                  <rect width="120" height="30" fill="#00C853"/></svg>""".getBytes(StandardCharsets.UTF_8));

        BufferedImage logo = logos.fetch(url);

        assertThat(logo.getWidth()).isEqualTo(LogoSource.MAX_SIDE);
        assertThat(logo.getHeight()).isEqualTo(LogoSource.MAX_SIDE / 4);
        assertThat(new Color(logo.getRGB(500, 100), true)).isEqualTo(Logos.GREEN);
    }

    @Test
    void aLogoThatIsMissingIsUnusable() {
        String url = server.fail("/gone.png", 404);

        assertThatThrownBy(() -> logos.fetch(url)).isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("404");
    }

    @Test
    void aLogoAtAPrivateAddressIsNotFetched() {
        assertThatThrownBy(() -> logos.fetch("http://169.254.169.254/latest/meta-data/logo.png"))
                .isInstanceOf(UnusableImageException.class).hasMessageContaining("blocked");
    }

    @Test
    void aPageServedInsteadOfALogoIsUnusable() {
        String url = server.serve("/logo", "text/html", "<html>login</html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> logos.fetch(url)).isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("not an image");
    }

    @Test
    void aTinyLogoIsUnusable() {
        String url = server.serve("/dot.png", "image/png", TestImages.png(8, 8));

        assertThatThrownBy(() -> logos.fetch(url)).isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("too small");
    }
}
