package io.reelforge.standalone.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The manifests each check runs on: the base as written, and the example overlay as {@code kubectl kustomize}
 * builds it where kubectl is installed (without it, {@code ExampleOverlayTest} still checks the overlay's files).
 * Each is read once per test run.
 */
final class ManifestSources {

    private static Manifests base;
    private static Manifests example;

    private ManifestSources() {
    }

    static synchronized Stream<Manifests> all() {
        if (base == null) {
            base = Manifests.base();
            example = Manifests.kubectlAvailable() ? Manifests.built(Manifests.EXAMPLE) : null;
        }
        return example == null ? Stream.of(base) : Stream.of(base, example);
    }

    /** The version the images are built from this checkout under: the root pom's. */
    static String projectVersion() {
        try {
            String pom = Files.readString(Manifests.ROOT.resolve("pom.xml"));
            Matcher version = Pattern.compile("<artifactId>reelforge</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            if (!version.find()) {
                throw new IllegalStateException("no version of reelforge in the root pom.xml");
            }
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
