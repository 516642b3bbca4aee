package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files produced by jobs, grouped by job id. Writes are atomic: a reader sees the old file or the whole new one,
 * never a half-written file, so a stage re-run after a crash simply replaces its output. Readers get a
 * {@link StoredArtifact} rather than a path, so a store need not be a local file system.
 */
public interface ArtifactStore {

    /** Stores {@code content} as {@code name} of {@code jobId}, replacing any earlier file of that name. */
    long write(String jobId, String name, InputStream content) throws IOException;

    /** Moves a finished local file into the store: afterwards {@code file} is gone. Returns its size. */
    long importFile(String jobId, String name, Path file) throws IOException;

    /** The stored file, if there is one; a name the store would refuse to write is never found. */
    Optional<StoredArtifact> find(String jobId, String name) throws IOException;

    /** Removes all files of a job. */
    void deleteAll(String jobId) throws IOException;

    /** The ids of the jobs that have files here, in no particular order. */
    List<String> jobIds() throws IOException;
}
