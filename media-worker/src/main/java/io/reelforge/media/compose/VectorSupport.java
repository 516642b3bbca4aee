package io.reelforge.media.compose;

/**
 * Whether frames are composed with the Vector API. It is an incubator module of the JDK, so the JVM must be
 * started with {@code --add-modules jdk.incubator.vector} (the {@code reelforge} launcher, the container images
 * and the tests do); without it, or with fewer than 8 int lanes per vector, composition runs in plain Java and
 * gives the same pictures, more slowly. {@code -Dreelforge.media.simd=false} turns it off.
 */
public final class VectorSupport {

    private static final boolean AVAILABLE = detect();

    private VectorSupport() {
    }

    public static boolean available() {
        return AVAILABLE;
    }

    /** For logs and the CLI: which composition path runs, and how to get the faster one. */
    public static String describe() {
        if (AVAILABLE) {
            return "SIMD (Vector API, " + VectorLanes.K + " int lanes)";
        }
        if (!Boolean.parseBoolean(System.getProperty("reelforge.media.simd", "true"))) {
            return "scalar (SIMD turned off by -Dreelforge.media.simd=false)";
        }
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? "scalar (vectors narrower than 8 int lanes on this CPU)"
                : "scalar (start java with --add-modules jdk.incubator.vector for SIMD composition, about a third less CPU)";
    }

    private static boolean detect() {
        if (!Boolean.parseBoolean(System.getProperty("reelforge.media.simd", "true"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        // only now is the module touched; narrower vectors (SSE, NEON) gain too little over the scalar code
        return jdk.incubator.vector.IntVector.SPECIES_PREFERRED.length() >= 8;
    }
}
