package io.reelforge.media.compose;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shapes the SIMD kernels work in: as many int ({@code K}) or short ({@code S}) lanes as the CPU's
 * widest vector holds, and byte vectors to load and store pixels for them. Touched only when
 * {@link VectorSupport#available()}.
 */
final class VectorLanes {

    static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    static final int K = INTS.length();
    static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
    static final int S = SHORTS.length();
    /** {@code K} pixels, one per int lane. */
    private static final VectorSpecies<Byte> INT_PIXELS = bytes(K);

    private VectorLanes() {
    }

    /** The byte vector of {@code lanes} lanes. */
    static VectorSpecies<Byte> bytes(int lanes) {
        return VectorSpecies.of(byte.class, VectorShape.forBitSize(lanes * 8));
    }

    /** {@code K} unsigned bytes of {@code array} from {@code offset}, one per int lane. */
    static IntVector load(byte[] array, int offset) {
        return (IntVector) ByteVector.fromArray(INT_PIXELS, array, offset)
                .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0);
    }

    /** Stores the low byte of each int lane into {@code array} from {@code offset}. */
    static void store(IntVector values, byte[] array, int offset) {
        ((ByteVector) values.convertShape(VectorOperators.I2B, INT_PIXELS, 0)).intoArray(array, offset);
    }
}
