package io.reelforge.media.compose;

/**
 * How one scene gives way to the next. Mostly crossfades, with a push and a soft wipe in between so the cuts do
 * not all look alike. Each works on whole yuv420p frames: {@code a} (the outgoing scene, also the result) and
 * {@code b} (the incoming one).
 */
public enum Transition {
    CROSSFADE, PUSH_UP, CROSSFADE_AGAIN, WIPE;

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

    private static void crossfade(byte[] a, byte[] b, double weight) {
        int wb = (int) Math.round(Math.clamp(weight, 0, 1) * 256);
        int wa = 256 - wb;
        for (int i = 0; i < a.length; i++) {
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
