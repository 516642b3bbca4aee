package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.StoredArtifact;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;

/**
 * A stored artifact as a Spring {@link org.springframework.core.io.Resource}, so Spring MVC serves it with
 * {@code Range} (one range or several, as {@code multipart/byteranges}) whatever the store. Spring reaches a range by
 * skipping to its start: here a skip before the first read only moves where the read will begin, so a range far
 * into an object costs one ranged read from its start, not a download of the bytes before it.
 */
final class ArtifactResource extends AbstractResource {

    private final StoredArtifact artifact;

    ArtifactResource(StoredArtifact artifact) {
        this.artifact = artifact;
    }

    @Override
    public String getDescription() {
        return "artifact " + artifact.name();
    }

    @Override
    public String getFilename() {
        return artifact.name();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return artifact.size();
    }

    @Override
    public long lastModified() {
        return artifact.lastModified().toEpochMilli();
    }

    @Override
    public InputStream getInputStream() {
        return new SeekingStream(artifact);
    }

    /** Opens the artifact at the first read, from wherever the skips before it have moved. */
    private static final class SeekingStream extends InputStream {

        private final StoredArtifact artifact;
        private long position;
        private @Nullable InputStream content;

        SeekingStream(StoredArtifact artifact) {
            this.artifact = artifact;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = Math.max(0, Math.min(n, artifact.size() - position));
            if (content != null) {
                content.skipNBytes(skipped);
            }
            position += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            int b = open().read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = open().read(buffer, offset, length);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        private InputStream open() throws IOException {
            if (content == null) {
                content = artifact.open(position);
            }
            return content;
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }
}
