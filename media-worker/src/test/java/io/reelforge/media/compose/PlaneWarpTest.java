package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaneWarpTest {

    /** Both implementations, the SIMD one wherever the JVM has the Vector API (the build enables it). */
    static Stream<Arguments> implementations() {
        Stream<Arguments> scalar = Stream.of(Arguments.of("scalar", (IntFunction<PlaneWarp>) ScalarPlaneWarp::new));
        return VectorSupport.vectorApiUsable()
                ? Stream.concat(scalar, Stream.of(Arguments.of("simd", (IntFunction<PlaneWarp>) VectorPlaneWarp::new)))
                : scalar;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void aWindowAtScaleOneAndWholePixelsCopiesTheSource(String name, IntFunction<PlaneWarp> warps) {
        byte[] src = ramp(40, 8);
        byte[] dst = new byte[36 * 4];

        warps.apply(36).warp(src, 0, 40, 8, 2, 3, 1.0, dst, 0, 36, 4);

        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 36; x++) {
                assertThat(dst[y * 36 + x]).as("pixel %d,%d", x, y).isEqualTo(src[(y + 3) * 40 + x + 2]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void aHalfPixelShiftLandsHalfwayBetweenNeighbours(String name, IntFunction<PlaneWarp> warps) {
        byte[] src = ramp(40, 8); // each column 5 brighter than the last
        byte[] dst = new byte[36 * 4];

        warps.apply(36).warp(src, 0, 40, 8, 2.5, 3, 1.0, dst, 0, 36, 4);

        for (int x = 0; x < 36; x++) {
            int between = ((src[3 * 40 + x + 2] & 0xFF) + (src[3 * 40 + x + 3] & 0xFF) + 1) / 2;
            assertThat(dst[x] & 0xFF).as("pixel %d", x).isEqualTo(between);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void movingByAFractionOfAPixelMovesTheValuesByThatFraction(String name, IntFunction<PlaneWarp> warps) {
        byte[] src = ramp(40, 8);
        byte[] a = new byte[36 * 4];
        byte[] b = new byte[36 * 4];
        PlaneWarp warp = warps.apply(36);

        warp.warp(src, 0, 40, 8, 2.0, 2, 1.0, a, 0, 36, 4);
        warp.warp(src, 0, 40, 8, 2.2, 2, 1.0, b, 0, 36, 4);

        for (int x = 0; x < 36; x++) { // a fifth of the 5-step ramp: one level, no stepping by whole pixels
            assertThat((b[36 + x] & 0xFF) - (a[36 + x] & 0xFF)).as("pixel %d", x).isEqualTo(1);
        }
    }

    @Test
    void simdAndScalarGiveTheSameBytesForEveryKenBurnsWindow() {
        assumeTrue(VectorSupport.vectorApiUsable(), "the Vector API is not enabled in this JVM");
        Random random = new Random(42);
        // plates as the renderer makes them (1.12x the frame), for odd and even frame widths, windows anywhere on
        // the plate including its right and bottom edges, at the zooms Ken Burns uses and a wider one
        int[][] frames = {{720, 1280}, {360, 640}, {1080, 1080}, {150, 94}, {37, 21}};
        for (int[] frame : frames) {
            int dw = frame[0];
            int dh = frame[1];
            int sw = ScenePlate.plateSide(dw);
            int sh = ScenePlate.plateSide(dh);
            byte[] src = new byte[sw * sh];
            random.nextBytes(src);
            PlaneWarp scalar = new ScalarPlaneWarp(dw);
            PlaneWarp simd = new VectorPlaneWarp(dw);
            for (int trial = 0; trial < 20; trial++) {
                double scale = trial == 19 ? 1.9 : 1.0 + random.nextDouble() * 0.12;
                double left = trial % 4 == 0 ? sw - dw * scale : random.nextDouble() * Math.max(0, sw - dw * scale);
                double top = trial % 4 == 1 ? sh - dh * scale : random.nextDouble() * Math.max(0, sh - dh * scale);
                byte[] expected = new byte[dw * dh];
                byte[] actual = new byte[dw * dh];

                scalar.warp(src, 0, sw, sh, left, top, scale, expected, 0, dw, dh);
                simd.warp(src, 0, sw, sh, left, top, scale, actual, 0, dw, dh);

                assertThat(actual).as("%dx%d at (%.3f, %.3f) x%.3f", dw, dh, left, top, scale).isEqualTo(expected);
            }
        }
    }

    private static byte[] ramp(int w, int h) {
        byte[] src = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                src[y * w + x] = (byte) (20 + 5 * x + 3 * y);
            }
        }
        return src;
    }
}
