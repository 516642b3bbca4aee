package io.reelforge.media.compose;

import org.jspecify.annotations.Nullable;

/**
 * Whether frames are composed with the Vector API. It is an incubator module of the JDK, so the JVM must be
 * started with {@code --add-modules jdk.incubator.vector} (the {@code reelforge} launcher, the container images
 * and the tests do); without it, or with fewer than 8 int lanes per vector, composition runs in plain Java and
 * gives the same pictures, more slowly. {@code -Dreelforge.media.simd=false} turns it off.
 */
public final class VectorSupport {

    private static final String SWITCH = "reelforge.media.simd";
    /** Why composition runs in plain Java, or null when it runs on SIMD. */
    private static final @Nullable String SCALAR_BECAUSE = scalarReason();

    private VectorSupport() {
    }

    public static boolean available() {
        return SCALAR_BECAUSE == null;
    }

    /** For logs and the CLI: which composition path runs, and how to get the faster one. */
    public static String describe() {
        return SCALAR_BECAUSE == null ? "SIMD (Vector API, " + VectorLanes.K + " int lanes)"
                : "scalar (" + SCALAR_BECAUSE + ")";
    }

    /** Whether this JVM and CPU could run the SIMD code, whatever {@code -Dreelforge.media.simd} says. */
    static boolean vectorApiUsable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                // only now is the module touched; narrower vectors (SSE, NEON) gain too little over the scalar code
                && jdk.incubator.vector.IntVector.SPECIES_PREFERRED.length() >= 8;
    }

    private static @Nullable String scalarReason() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            return "SIMD turned off by -D" + SWITCH + "=false";
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "start java with --add-modules jdk.incubator.vector for SIMD composition, about a third less CPU";
        }
        return vectorApiUsable() ? null : "vectors narrower than 8 int lanes on this CPU";
    }
}
