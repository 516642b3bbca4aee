package io.reelforge.media.compose;

/**
 * Resamples a window of one image plane onto a whole output plane with bilinear interpolation at sub-pixel
 * positions, so slow zooms and pans glide instead of stepping a pixel at a time. Ken Burns motion only scales and
 * translates, so the source column depends on the output column alone and the source row on the output row alone:
 * both come from tables made once per plane and frame. Each source row needed is resampled horizontally once, kept
 * while the next output row still needs it, and each output row is then a blend of two resampled rows. An
 * instance holds its tables and rows and is reused frame after frame by one thread: nothing is allocated per frame.
 *
 * <p>Fixed point throughout, so every implementation gives the same bytes: weights are in 256ths, a resampled row
 * holds {@code (left * (256 - wx) + right * wx + 128) >> 8} and an output pixel is
 * {@code (upper * (256 - wy) + lower * wy + 128) >> 8}. Every intermediate fits in 16 bits, so SIMD code works
 * on twice as many pixels per instruction as it could with ints; the extra rounding of the rows is at most half
 * a level. {@link #forWidth} picks the fastest implementation
 * this JVM can run: the SIMD one ({@link VectorPlaneWarp}) when the Vector API is enabled, the scalar one
 * ({@link ScalarPlaneWarp}) otherwise.
 */
public abstract sealed class PlaneWarp permits ScalarPlaneWarp, VectorPlaneWarp {

    static final int ONE = 256;

    PlaneWarp() {
    }

    /** The SIMD warp when the Vector API is enabled ({@code --add-modules jdk.incubator.vector}), else the scalar. */
    public static PlaneWarp forWidth(int maxOutputWidth) {
        return VectorSupport.available() ? new VectorPlaneWarp(maxOutputWidth) : new ScalarPlaneWarp(maxOutputWidth);
    }

    /**
     * Fills {@code dst} ({@code dw} x {@code dh} at {@code dstOffset}) from the source window whose top-left corner
     * is at ({@code left}, {@code top}) in source pixels and which is {@code scale} source pixels per output pixel.
     */
    public final void warp(byte[] src, int srcOffset, int sw, int sh, double left, double top, double scale,
            byte[] dst, int dstOffset, int dw, int dh) {
        for (int x = 0; x < dw; x++) {
            double sx = Math.clamp(left + (x + 0.5) * scale - 0.5, 0, sw - 1);
            int i = Math.min((int) sx, sw - 2);
            column(x, i, (int) Math.round((sx - i) * ONE), dw);
        }
        columnsDone(dw);
        // two working rows, 0 and 1: which one holds the upper source row flips as the window moves down
        int upper = 0;
        int upperRow = -1;
        int lowerRow = -1;
        for (int y = 0; y < dh; y++) {
            double sy = Math.clamp(top + (y + 0.5) * scale - 0.5, 0, sh - 1);
            int j = Math.min((int) sy, sh - 2);
            int wy = (int) Math.round((sy - j) * ONE);
            if (upperRow != j) {
                if (lowerRow == j) { // moving down one source row: the lower row becomes the upper one
                    upper = 1 - upper;
                    lowerRow = -1;
                } else {
                    resampleRow(src, srcOffset + j * sw, upper, dw);
                }
                upperRow = j;
            }
            if (lowerRow != j + 1) {
                resampleRow(src, srcOffset + (j + 1) * sw, 1 - upper, dw);
                lowerRow = j + 1;
            }
            blendRows(upper, ONE - wy, wy, dst, dstOffset + y * dw, dw);
        }
    }

    /** Output column {@code x} of {@code dw} reads source columns {@code i} and {@code i + 1}, weighing the second {@code weight}/256. */
    abstract void column(int x, int i, int weight, int dw);

    /** All columns of this plane are set. */
    abstract void columnsDone(int dw);

    /** Resamples the source row starting at {@code rowStart} horizontally into working row {@code row} (0 or 1). */
    abstract void resampleRow(byte[] src, int rowStart, int row, int dw);

    /**
     * Blends working row {@code upper} (weight {@code wa}) and the other one ({@code wb}) into the output row at
     * {@code out} of {@code dst}.
     */
    abstract void blendRows(int upper, int wa, int wb, byte[] dst, int out, int dw);
}
