package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OverlayTest {

    private static final int W = 64;
    private static final int H = 32;
    private static final int GREY = 100;

    @Test
    void opaquePixelsReplaceTheFrameAcrossTheWholeRow() {
        // 38 columns: whole SIMD blocks and a scalar tail alike
        Overlay overlay = Overlay.of(picture(38, 6, (x, y) -> 0xFF_C8_32_14), 10, 4, W, H, 0, 10, 0);
        byte[] frame = greyFrame();

        overlay.blendInto(frame, W, H, 1.0);

        int expected = YuvImage.luma(0xC8, 0x32, 0x14);
        for (int y = 4; y < 10; y++) {
            for (int x = 10; x < 48; x++) {
                assertThat(frame[y * W + x] & 0xFF).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void transparentPixelsLeaveTheFrameAsItWas() {
        // opaque only in a stripe in the middle of each row, transparent on either side and in whole rows
        Overlay overlay = Overlay.of(picture(40, 8, (x, y) -> y >= 2 && x >= 17 && x < 21 ? 0xFF_FF_FF_FF : 0),
                0, 0, W, H, 0, 10, 0);
        byte[] frame = greyFrame();

        overlay.blendInto(frame, W, H, 1.0);

        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean covered = y >= 2 && y < 8 && x >= 17 && x < 21;
                assertThat((frame[y * W + x] & 0xFF) == GREY).as("pixel %d,%d untouched", x, y).isEqualTo(!covered);
            }
        }
    }

    @Test
    void halfTransparentWhiteLandsHalfwayToWhite() {
        Overlay overlay = Overlay.of(picture(48, 4, (x, y) -> 0x80_FF_FF_FF), 0, 0, W, H, 0, 10, 0);
        byte[] frame = greyFrame();

        overlay.blendInto(frame, W, H, 1.0);

        int white = YuvImage.luma(255, 255, 255);
        int halfway = GREY + ((white - GREY) * 128 * 257 + (1 << 15) >> 16);
        for (int x = 0; x < 48; x++) {
            assertThat(frame[W + x] & 0xFF).as("pixel %d", x).isEqualTo(halfway);
        }
    }

    @Test
    void itFadesInFromNothing() {
        Overlay overlay = Overlay.of(picture(48, 4, (x, y) -> 0xFF_FF_FF_FF), 0, 0, W, H, 2.0, 6.0, 1.0);
        byte[] atStart = greyFrame();
        byte[] midFade = greyFrame();
        byte[] shown = greyFrame();

        overlay.blendInto(atStart, W, H, 2.0);
        overlay.blendInto(midFade, W, H, 2.5);
        overlay.blendInto(shown, W, H, 4.0);

        assertThat(atStart).isEqualTo(greyFrame());
        int white = YuvImage.luma(255, 255, 255);
        assertThat(midFade[W + 5] & 0xFF).isStrictlyBetween(GREY, white);
        assertThat(shown[W + 5] & 0xFF).isEqualTo(white);
    }

    @Test
    void colourGoesIntoBothChromaPlanes() {
        Overlay overlay = Overlay.of(picture(40, 8, (x, y) -> 0xFF_FF_00_00), 0, 0, W, H, 0, 10, 0);
        byte[] frame = greyFrame();

        overlay.blendInto(frame, W, H, 1.0);

        int u = W * H;
        int v = u + W * H / 4;
        assertThat(frame[u + 3] & 0xFF).isEqualTo(YuvImage.chromaBlue(255, 0, 0));
        assertThat(frame[v + 3] & 0xFF).isEqualTo(YuvImage.chromaRed(255, 0, 0));
        assertThat(frame[u + W / 2 * 4 + 3] & 0xFF).as("below the overlay").isEqualTo(GREY);
    }

    private interface Argb {
        int at(int x, int y);
    }

    private static BufferedImage picture(int w, int h, Argb argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, argb.at(x, y));
            }
        }
        return image;
    }

    private static byte[] greyFrame() {
        byte[] frame = new byte[YuvImage.byteSize(W, H)];
        Arrays.fill(frame, (byte) GREY);
        return frame;
    }
}
