package io.reelforge.media.compose;

import static io.reelforge.media.compose.VectorLanes.K;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/** {@link Overlay}'s blend, {@code K} pixels at a time: the same arithmetic as its scalar loop, so the same bytes. */
final class VectorOverlayBlend {

    private VectorOverlayBlend() {
    }

    /**
     * Blends the first whole blocks of {@code n} overlay pixels into the frame and says how many it did; the caller
     * does the rest.
     */
    static int blend(byte[] frame, int at, byte[] values, byte[] alphas, int from, int n, int opacity) {
        int done = n - n % K;
        for (int x = 0; x < done; x += K) {
            IntVector d = VectorLanes.load(frame, at + x);
            IntVector v = VectorLanes.load(values, from + x);
            IntVector a = VectorLanes.load(alphas, from + x).mul(opacity);
            IntVector mixed = d.add(v.sub(d).mul(a).add(1 << 15).lanewise(VectorOperators.ASHR, 16));
            VectorLanes.store(mixed, frame, at + x);
        }
        return done;
    }
}
