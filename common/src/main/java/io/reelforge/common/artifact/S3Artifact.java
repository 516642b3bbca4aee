package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** An object of the {@link S3ArtifactStore}, as its HEAD described it. */
record S3Artifact(S3ArtifactStore store, String key, String name, long size, Instant lastModified, String etag)
        implements StoredArtifact {

    @Override
    public InputStream open(long offset) throws IOException {
        // a range starting at the end is unsatisfiable to S3; the contract says empty
        return offset >= size ? InputStream.nullInputStream() : store.open(key, offset);
    }

    @Override
    public Optional<URI> presignedUrl() {
        return Optional.of(store.presign(key, name));
    }
}
