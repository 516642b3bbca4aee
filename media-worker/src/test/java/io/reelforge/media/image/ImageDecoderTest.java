package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.media.testing.TestImages;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(50_000_000, 200);

    @Test
    void decodesPngJpegAndGif() throws Exception {
        assertThat(decoder.decode(TestImages.png(640, 480)).getWidth()).isEqualTo(640);
        assertThat(decoder.decode(TestImages.jpeg(300, 500)).getHeight()).isEqualTo(500);
        assertThat(decoder.decode(TestImages.gif(400, 400)).getWidth()).isEqualTo(400);
    }

    @Test
    void givesAnOpaqueBgrPictureWithTransparencyOnWhite() throws Exception {
        BufferedImage transparent = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);

        BufferedImage decoded = decoder.decode(TestImages.encode(transparent, "png"));

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(decoded.getRGB(150, 150) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void decodesWhatImageIoCannotReadThroughFfmpeg() throws Exception {
        byte[] webp = FfmpegImages.webp(TestImages.picture(320, 240));

        BufferedImage decoded = decoder.decode(webp);

        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(240);
    }

    @Test
    void skipsImagesTooSmallToFillAFrame() {
        assertThatThrownBy(() -> decoder.decode(TestImages.png(1, 1)))
                .isInstanceOf(UnusableImageException.class).hasMessage("too small (1x1 px)");
        assertThatThrownBy(() -> decoder.decode(TestImages.png(800, 150)))
                .isInstanceOf(UnusableImageException.class).hasMessageContaining("too small");
    }

    @Test
    void refusesAnOversizedImageFromItsHeaderWithoutDecodingIt() {
        byte[] png = TestImages.png(300, 300);
        // claim 100000x100000 in the IHDR chunk; the pixel data could never be decoded to that size
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);

        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOf(UnusableImageException.class).hasMessage("too large (100000x100000 px)");
    }

    @Test
    void refusesAnOversizedWebpFromItsHeader() {
        byte[] webp = FfmpegImages.webp(TestImages.picture(320, 240));

        assertThat(ImageHeaders.webpSize(webp)).contains(new Dimension(320, 240));
        assertThatThrownBy(() -> new ImageDecoder(50_000, 200).decode(webp))
                .isInstanceOf(UnusableImageException.class).hasMessage("too large (320x240 px)");
    }

    @Test
    void skipsFilesThatAreNoImage() {
        assertThatThrownBy(() -> decoder.decode("<html><body>Not found</body></html>".getBytes()))
                .isInstanceOf(UnusableImageException.class);
    }
}
