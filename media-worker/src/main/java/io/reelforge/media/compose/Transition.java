package io.reelforge.media.compose;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How one scene gives way to the next. Mostly crossfades, with a push and a soft wipe in between so the cuts do
 * not all look alike. Each works on whole yuv420p frames: {@code a} (the outgoing scene, also the result) and
 * {@code b} (the incoming one).
 */
public enum Transition {
    CROSSFADE, PUSH_UP, CROSSFADE_AGAIN, WIPE;

    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Every other byte of a long: four 16-bit lanes, each holding one pixel. */
    private static final long LANES = 0x00FF00FF00FF00FFL;
    private static final long HALF = 0x0080008000800080L;

    /** The transition after scene {@code scene}. */
    public static Transition after(int scene) {
        return values()[Math.floorMod(scene, values().length)];
    }

    void combine(byte[] a, byte[] b, int w, int h, double progress) {
        double p = KenBurns.ease(progress);
        switch (this) {
            case CROSSFADE, CROSSFADE_AGAIN -> crossfade(a, b, progress);
            case PUSH_UP -> push(a, b, w, h, p);
            case WIPE -> wipe(a, b, w, h, p);
        }
    }

    /**
     * Eight pixels at a time, four in the even and four in the odd bytes of a long (SWAR): a lane holds at most
     * 255 * 256 + 128, so no lane carries into the next, and the result is exactly the per-byte formula. A plain
     * per-byte loop does not vectorise (bytes widened to ints): 0.9 ms a 720x1280 frame, against 0.35 ms here.
     */
    private static void crossfade(byte[] a, byte[] b, double weight) {
        int wb = (int) Math.round(Math.clamp(weight, 0, 1) * 256);
        int wa = 256 - wb;
        int whole = a.length & ~7;
        for (int i = 0; i < whole; i += 8) {
            long x = (long) EIGHT.get(a, i);
            long y = (long) EIGHT.get(b, i);
            long even = ((x & LANES) * wa + (y & LANES) * wb + HALF) >>> 8 & LANES;
            long odd = ((x >>> 8 & LANES) * wa + (y >>> 8 & LANES) * wb + HALF) & ~LANES;
            EIGHT.set(a, i, even | odd);
        }
        for (int i = whole; i < a.length; i++) {
            a[i] = (byte) (((a[i] & 0xFF) * wa + (b[i] & 0xFF) * wb + 128) >> 8);
        }
    }

    /** The incoming scene slides up from below, pushing the outgoing one off the top. */
    private static void push(byte[] a, byte[] b, int w, int h, double p) {
        int shift = (int) Math.round(p * h / 2) * 2; // even, so the chroma rows move by whole rows too
        shiftPlane(a, b, 0, w, h, shift);
        int cw = w / 2;
        int ch = h / 2;
        shiftPlane(a, b, w * h, cw, ch, shift / 2);
        shiftPlane(a, b, w * h + cw * ch, cw, ch, shift / 2);
    }

    private static void shiftPlane(byte[] a, byte[] b, int offset, int w, int h, int shift) {
        int kept = h - shift;
        System.arraycopy(a, offset + shift * w, a, offset, kept * w);
        System.arraycopy(b, offset, a, offset + kept * w, shift * w);
    }

    /** A soft-edged wipe from left to right. */
    private static void wipe(byte[] a, byte[] b, int w, int h, double p) {
        int soft = Math.max(2, w / 8);
        double edge = -soft + p * (w + 2 * soft);
        wipePlane(a, b, 0, w, h, edge, soft);
        int cw = w / 2;
        int ch = h / 2;
        wipePlane(a, b, w * h, cw, ch, edge / 2, soft / 2.0);
        wipePlane(a, b, w * h + cw * ch, cw, ch, edge / 2, soft / 2.0);
    }

    private static void wipePlane(byte[] a, byte[] b, int offset, int w, int h, double edge, double soft) {
        // left of the soft edge shows b, right of it a, a linear ramp in between
        int fullB = Math.clamp((int) Math.floor(edge - soft / 2), 0, w);
        int noB = Math.clamp((int) Math.ceil(edge + soft / 2), 0, w);
        for (int y = 0; y < h; y++) {
            int row = offset + y * w;
            System.arraycopy(b, row, a, row, fullB);
            for (int x = fullB; x < noB; x++) {
                int wb = (int) Math.round(Math.clamp((edge - x) / soft + 0.5, 0, 1) * 256);
                int wa = 256 - wb;
                a[row + x] = (byte) (((a[row + x] & 0xFF) * wa + (b[row + x] & 0xFF) * wb + 128) >> 8);
            }
        }
    }
}
