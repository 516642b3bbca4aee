package io.reelforge.common.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Artifacts as files under one root ({@code root/jobId/name}): the default, for one machine (the standalone stack)
 * or a volume every media worker and gateway mounts. Each write goes to a temporary file in the target directory
 * and is renamed into place, which is atomic on POSIX file systems.
 */
public class FileSystemArtifactStore implements ArtifactStore {

    private final Path root;

    public FileSystemArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public long write(String jobId, String name, InputStream content) throws IOException {
        Path target = resolve(jobId, name);
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".part");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            return moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public long importFile(String jobId, String name, Path file) throws IOException {
        Path target = resolve(jobId, name);
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".part");
        try {
            // copy first when the file lives on another file system, so the final step is still one rename
            Files.move(file, temp, StandardCopyOption.REPLACE_EXISTING);
            return moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<StoredArtifact> find(String jobId, String name) throws IOException {
        if (!ArtifactNames.isValidJobId(jobId) || !ArtifactNames.isValidName(name)) {
            return Optional.empty();
        }
        Path file = root.resolve(jobId).resolve(name);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(new FileArtifact(file, name, attributes.size(), attributes.lastModifiedTime().toInstant()));
    }

    @Override
    public List<String> jobIds() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            // other folders may share the root (the media worker's .speech-cache): only job ids are jobs
            return entries.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(ArtifactNames::isValidJobId)
                    .toList();
        }
    }

    @Override
    public void deleteAll(String jobId) throws IOException {
        if (!ArtifactNames.isValidJobId(jobId)) {
            throw new IllegalArgumentException("invalid job id for an artifact: " + jobId);
        }
        Path dir = root.resolve(jobId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private Path resolve(String jobId, String name) throws IOException {
        ArtifactNames.check(jobId, name);
        Path dir = root.resolve(jobId);
        Files.createDirectories(dir);
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("artifact path escapes the store: " + name);
        }
        return target;
    }

    private static long moveIntoPlace(Path temp, Path target) throws IOException {
        long size = Files.size(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return size;
    }
}
