package io.reelforge.media.compose;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The warp in plain Java, for JVMs without the Vector API. The gather of source pixels and the arithmetic run as
 * separate loops, so the arithmetic loop vectorises, which a loop mixing both does not.
 *
 * <p>The working rows hold the output pixels in quarters, not in order: pixel {@code 4k + r} sits at
 * {@code r * (w / 4) + k}. The arithmetic does not care about the order, and the last step then packs the four
 * quarters into one int per four pixels with element-wise shifts, a loop the JIT vectorises; narrowing an int row
 * to bytes one by one does not vectorise and cost a quarter of the whole warp (measured 0.34 against 0.07 ns a
 * pixel). Pixels past the last multiple of four stay in order at the end.
 */
final class ScalarPlaneWarp extends PlaneWarp {

    /** Reads two neighbouring source pixels in one load. */
    private static final VarHandle PAIR = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    /** Writes four output pixels in one store. */
    private static final VarHandle FOUR = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int[] columns;
    private final int[] columnWeights;
    private final int[] pairs;
    private final int[] blended;
    private final int[][] rows;

    ScalarPlaneWarp(int maxOutputWidth) {
        this.columns = new int[maxOutputWidth];
        this.columnWeights = new int[maxOutputWidth];
        this.pairs = new int[maxOutputWidth];
        this.blended = new int[maxOutputWidth];
        this.rows = new int[][] {new int[maxOutputWidth], new int[maxOutputWidth]};
    }

    @Override
    void column(int x, int i, int weight, int dw) {
        int quarter = dw / 4;
        int at = x < 4 * quarter ? (x & 3) * quarter + (x >> 2) : x;
        columns[at] = i;
        columnWeights[at] = weight;
    }

    @Override
    void columnsDone(int dw) {
    }

    // The gather stores each pair of neighbours as loaded, one int per output pixel: splitting it into two arrays
    // there cost twice as much (measured 0.36 against 0.73 ns a pixel), and the split vectorises.
    @Override
    void resampleRow(byte[] src, int rowStart, int row, int dw) {
        int[] out = rows[row];
        int[] xs = columns;
        int[] loaded = pairs;
        for (int x = 0; x < dw; x++) {
            loaded[x] = (char) (short) PAIR.get(src, rowStart + xs[x]);
        }
        int[] xw = columnWeights;
        for (int x = 0; x < dw; x++) {
            int pair = loaded[x];
            int left = pair & 0xFF;
            out[x] = ((left << 8) + ((pair >>> 8) - left) * xw[x] + 128) >> 8;
        }
    }

    @Override
    void blendRows(int upper, int wa, int wb, byte[] dst, int out, int dw) {
        int[] a = rows[upper];
        int[] b = rows[1 - upper];
        int[] sum = blended;
        for (int x = 0; x < dw; x++) {
            sum[x] = (a[x] * wa + b[x] * wb + 128) >> 8;
        }
        int q = dw / 4; // the quarters (see the class comment); each value is 0..255, so the four bytes never overlap
        for (int k = 0; k < q; k++) {
            FOUR.set(dst, out + 4 * k, sum[k] | sum[k + q] << 8 | sum[k + 2 * q] << 16 | sum[k + 3 * q] << 24);
        }
        for (int x = 4 * q; x < dw; x++) {
            dst[out + x] = (byte) sum[x];
        }
    }
}
