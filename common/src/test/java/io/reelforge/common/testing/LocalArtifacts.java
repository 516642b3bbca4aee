package io.reelforge.common.testing;

import io.reelforge.common.artifact.StoredArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A stored artifact's bytes where a test needs them: as text, or as a local file for tools that read files. */
public final class LocalArtifacts {

    private LocalArtifacts() {
    }

    public static String text(StoredArtifact artifact) throws IOException {
        try (InputStream in = artifact.open(0)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A new file in {@code dir} with the artifact's bytes, named after it. */
    public static Path copy(StoredArtifact artifact, Path dir) throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(dir), "copy-", "-" + artifact.name());
        try (InputStream in = artifact.open(0)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
