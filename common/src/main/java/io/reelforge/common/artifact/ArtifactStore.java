package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files produced by jobs, grouped by job id. Writes are atomic: a reader sees the old file or the whole new one,
 * never a half-written file, so a stage re-run after a crash simply replaces its output.
 */
public interface ArtifactStore {

    /** Stores {@code content} as {@code name} of {@code jobId}, replacing any earlier file of that name. */
    long write(String jobId, String name, InputStream content) throws IOException;

    /** Moves a finished local file into the store (a rename when on the same file system). */
    long importFile(String jobId, String name, Path file) throws IOException;

    /** The stored file, if there is one. */
    Optional<Path> find(String jobId, String name);

    /** Removes all files of a job. */
    void deleteAll(String jobId) throws IOException;
}
