package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored file as a reader found it: what an HTTP answer needs (length, validators) and its bytes from any
 * offset, so a download can be served with {@code Range} whatever the store. The metadata is read when the file is
 * found; a replacement written after that is the next find's.
 */
public interface StoredArtifact {

    String name();

    long size();

    Instant lastModified();

    /** A strong entity tag, quoted, that changes whenever the content does. */
    String etag();

    /** The bytes from {@code offset} to the end; empty at or past the end. */
    InputStream open(long offset) throws IOException;

    /**
     * A short-lived URL from which a client may fetch this file without the gateway (a presigned URL of an object
     * store), answering with its content type and name; empty when the store has none.
     */
    Optional<URI> presignedUrl();
}
