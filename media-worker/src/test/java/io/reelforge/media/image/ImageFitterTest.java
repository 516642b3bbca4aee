package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.testing.TestImages;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFitterTest {

    private final ImageFitter fitter = new ImageFitter(144, 256);

    @ParameterizedTest(name = "a {0}x{1} image")
    @CsvSource({"1600, 900", "400, 1600", "1000, 1000"})
    void fillsTheWholeFrameWithoutBlackBars(int width, int height) {
        FittedImage fitted = fitter.fit(bgr(TestImages.picture(width, height)));

        BufferedImage frame = fitted.frame();
        assertThat(frame.getWidth()).isEqualTo(144);
        assertThat(frame.getHeight()).isEqualTo(256);
        for (int x = 0; x < 144; x += 4) {
            assertThat(brightness(frame.getRGB(x, 0))).as("top edge at x=%d", x).isGreaterThan(40);
            assertThat(brightness(frame.getRGB(x, 255))).as("bottom edge at x=%d", x).isGreaterThan(40);
        }
        for (int y = 0; y < 256; y += 4) {
            assertThat(brightness(frame.getRGB(0, y))).as("left edge at y=%d", y).isGreaterThan(40);
            assertThat(brightness(frame.getRGB(143, y))).as("right edge at y=%d", y).isGreaterThan(40);
        }
    }

    @Test
    void aWideImageKeepsItsShapeAcrossTheFullWidth() {
        FittedImage fitted = fitter.fit(bgr(TestImages.picture(1600, 900)));

        Rectangle fg = fitted.foreground();
        assertThat(fg.width).isEqualTo(144);
        assertThat(fg.width / (double) fg.height).isCloseTo(1600 / 900.0, within(0.03));
        assertThat(fg.y + fg.height / 2).isCloseTo(128, within(1));
        assertShowsTheWholeImageUndarkened(fitted.frame(), fg);
    }

    @Test
    void aTallImageKeepsItsShapeAcrossTheFullHeight() {
        FittedImage fitted = fitter.fit(bgr(TestImages.picture(400, 1600)));

        Rectangle fg = fitted.foreground();
        assertThat(fg.height).isEqualTo(256);
        assertThat(fg.width / (double) fg.height).isCloseTo(400 / 1600.0, within(0.03));
        assertThat(fg.x + fg.width / 2).isCloseTo(72, within(1));
        assertShowsTheWholeImageUndarkened(fitted.frame(), fg);
    }

    @Test
    void theFillAroundTheImageIsDarkerThanTheImage() {
        FittedImage fitted = fitter.fit(bgr(TestImages.picture(1600, 900)));

        Rectangle fg = fitted.foreground();
        int above = brightness(fitted.frame().getRGB(72, fg.y / 2));
        int inside = brightness(fitted.frame().getRGB(30, fg.y + fg.height / 4));
        assertThat(above).isLessThan(inside);
    }

    /** The red frame of the test picture lies on the foreground's edges and its blue centre in the middle. */
    private static void assertShowsTheWholeImageUndarkened(BufferedImage frame, Rectangle fg) {
        assertThat(isRedFrame(frame.getRGB(fg.x + fg.width / 2, fg.y))).as("top edge of the image").isTrue();
        assertThat(isRedFrame(frame.getRGB(fg.x + fg.width / 2, fg.y + fg.height - 1))).as("bottom edge").isTrue();
        assertThat(isRedFrame(frame.getRGB(fg.x, fg.y + fg.height / 2))).as("left edge").isTrue();
        assertThat(isRedFrame(frame.getRGB(fg.x + fg.width - 1, fg.y + fg.height / 2))).as("right edge").isTrue();
        Color centre = new Color(frame.getRGB(fg.x + fg.width / 2, fg.y + fg.height / 2));
        assertThat(centre.getBlue()).isGreaterThan(200);
        assertThat(centre.getRed()).isLessThan(90);
    }

    private static boolean isRedFrame(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() < 110 && c.getBlue() < 110;
    }

    private static int brightness(int rgb) {
        Color c = new Color(rgb);
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
    }

    static BufferedImage bgr(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
