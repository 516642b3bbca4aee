package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaneWarpTest {

    private final PlaneWarp warp = new PlaneWarp(8);

    @Test
    void aWindowAtScaleOneAndWholePixelsCopiesTheSource() {
        byte[] src = ramp(8, 8);
        byte[] dst = new byte[4 * 4];

        warp.warp(src, 0, 8, 8, 2, 3, 1.0, dst, 0, 4, 4);

        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(dst[y * 4 + x]).isEqualTo(src[(y + 3) * 8 + x + 2]);
            }
        }
    }

    @Test
    void aHalfPixelShiftLandsHalfwayBetweenNeighbours() {
        byte[] src = ramp(8, 8); // each column 10 brighter than the last
        byte[] dst = new byte[4 * 4];

        warp.warp(src, 0, 8, 8, 2.5, 3, 1.0, dst, 0, 4, 4);

        assertThat(dst[0] & 0xFF).isEqualTo(((src[3 * 8 + 2] & 0xFF) + (src[3 * 8 + 3] & 0xFF)) / 2);
    }

    @Test
    void movingByAFractionOfAPixelMovesTheValuesByThatFraction() {
        byte[] src = ramp(8, 8);
        byte[] a = new byte[16];
        byte[] b = new byte[16];

        warp.warp(src, 0, 8, 8, 2.0, 2, 1.0, a, 0, 4, 4);
        warp.warp(src, 0, 8, 8, 2.1, 2, 1.0, b, 0, 4, 4);

        assertThat((b[5] & 0xFF) - (a[5] & 0xFF)).isEqualTo(1); // a tenth of the 10-step ramp: no stepping
    }

    private static byte[] ramp(int w, int h) {
        byte[] src = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                src[y * w + x] = (byte) (20 + 10 * x + 3 * y);
            }
        }
        return src;
    }
}
