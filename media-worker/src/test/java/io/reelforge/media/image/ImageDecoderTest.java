package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

    @Test
    void aPictureFarLargerThanNeededIsKeptAtTheKeptPixelsWithItsAspect() throws Exception {
        // 12 MP read at every 2nd pixel (over four times the kept million), then scaled down to the million
        BufferedImage decoded = new ImageDecoder(50_000_000, 200, 1_000_000).decode(TestImages.jpeg(4000, 3000));

        long pixels = (long) decoded.getWidth() * decoded.getHeight();
        assertThat(pixels).isBetween(990_000L, 1_000_000L);
        assertThat(decoded.getWidth() / (double) decoded.getHeight()).isCloseTo(4 / 3.0, within(0.01));
    }

    @Test
    void aLargePictureShowsTheSameImageAfterItIsScaledDown() throws Exception {
        BufferedImage picture = TestImages.picture(3000, 2000);
        BufferedImage full = new ImageDecoder(50_000_000, 200, 50_000_000).decode(TestImages.encode(picture, "png"));
        BufferedImage kept = new ImageDecoder(50_000_000, 200, 600_000).decode(TestImages.encode(picture, "png"));

        double scale = kept.getWidth() / (double) full.getWidth();
        for (int[] at : new int[][] {{750, 500}, {1500, 1000}, {2250, 1500}}) {
            int a = full.getRGB(at[0], at[1]);
            int b = kept.getRGB((int) (at[0] * scale), (int) (at[1] * scale));
            for (int shift = 0; shift <= 16; shift += 8) {
                assertThat(Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF))).as("at %d,%d", at[0], at[1])
                        .isLessThan(24);
            }
        }
    }

    @Test
    void aPictureWithinTheKeptPixelsKeepsItsSize() throws Exception {
        BufferedImage decoded = new ImageDecoder(50_000_000, 200, 1_000_000).decode(TestImages.jpeg(1000, 1000));

        assertThat(decoded.getWidth()).isEqualTo(1000);
        assertThat(decoded.getHeight()).isEqualTo(1000);
    }
}
