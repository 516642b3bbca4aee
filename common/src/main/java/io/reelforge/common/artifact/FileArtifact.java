package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A file of the {@link FileSystemArtifactStore}; a seek makes any offset as cheap as the start. */
record FileArtifact(Path file, String name, long size, Instant lastModified) implements StoredArtifact {

    @Override
    public String etag() {
        return '"' + Long.toHexString(size) + "-" + Long.toHexString(lastModified.toEpochMilli()) + '"';
    }

    @Override
    public InputStream open(long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        try {
            channel.position(offset);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return Channels.newInputStream(channel);
    }

    @Override
    public Optional<URI> presignedUrl() {
        return Optional.empty();
    }
}
