package io.reelforge.standalone.infra;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, held for as long as this process runs something on a data folder: a second process
 * asking for it gets a clear error instead of running twice on the same files. The operating system frees the lock
 * when the holder dies, even on {@code kill -9}, so a crash never leaves a stale lock behind. The lock file names
 * the holder's process id, for the error message.
 */
public final class OwnerLock implements AutoCloseable {

    /**
     * The files this JVM holds locks on. A file lock belongs to the whole process, and closing any other channel on
     * the same file releases it (see {@link FileLock}): a second attempt from this JVM must be refused before it
     * opens the file at all.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file} or fails at once.
     *
     * @param what what the lock protects, for the error ("Redis on data/redis")
     * @throws AlreadyRunningException when another process, or this one, holds it
     */
    public static OwnerLock take(Path file, String what) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Files.createDirectories(key.getParent());
        if (!HELD.add(key)) {
            throw new AlreadyRunningException(what + " already runs in this process (" + key + " is locked)");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new AlreadyRunningException(what + " already runs in process " + holder(channel)
                        + " (" + key + " is locked): stop it first, or use another data folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new OwnerLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return pid.isEmpty() ? "(unknown)" : pid;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }

    /** Something already runs on the data this lock protects. */
    public static final class AlreadyRunningException extends IOException {
        AlreadyRunningException(String message) {
            super(message);
        }
    }
}
