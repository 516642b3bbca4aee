package io.reelforge.standalone.stack;

import io.reelforge.standalone.infra.OwnerLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A stable Kafka consumer identity for one service process of a stack: static group membership
 * ({@code group.instance.id}). A process that comes back under the name it had takes its partitions back at once,
 * where a new member would wait until the broker gives up on the dead one (its session timeout: the 38-40 s the
 * restarted workers used to wait). Names must be unique among live processes, so each is a numbered slot held by a
 * file lock in the data folder: the OS frees it when the process dies, even on {@code kill -9}, and the process
 * restarted in its place takes the lowest free number, the same as before.
 */
public final class MemberSlot implements AutoCloseable {

    /**
     * How long the broker waits for a silent member before giving its partitions to others: also how long a worker
     * that stops for good (static members do not leave the group; a media worker stopped gracefully removes its own)
     * holds its partitions. Heartbeats come from a thread of their own every 3 s, so a long render does not count as
     * silence.
     */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_SLOTS = 64;
    private static final String DIR = "members";

    private final OwnerLock lock;
    private final String instanceId;

    private MemberSlot(OwnerLock lock, String instanceId) {
        this.lock = lock;
        this.instanceId = instanceId;
    }

    /** The lowest free slot of {@code service} in the stack whose data is {@code dataDir}. */
    public static MemberSlot take(Path dataDir, Service service) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        for (int slot = 1; slot <= MAX_SLOTS; slot++) {
            Path file = dir.resolve(DIR).resolve(service.displayName() + "-" + slot + ".lock");
            try {
                OwnerLock lock = OwnerLock.take(file, service.displayName() + " slot " + slot);
                return new MemberSlot(lock, "reelforge-" + stackId(dir) + "-" + service.displayName() + "-" + slot);
            } catch (OwnerLock.AlreadyRunningException taken) {
                // a live process has this one: try the next
            }
        }
        throw new IOException("more than " + MAX_SLOTS + " " + service.displayName() + " processes run on " + dir);
    }

    /**
     * Tells one stack's members from another's where stacks share a Kafka cluster: the same for every process of a
     * data folder, across restarts.
     */
    private static String stackId(Path dir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dir.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** This process's {@code group.instance.id}; spring-kafka appends {@code -n} per consumer thread. */
    public String instanceId() {
        return instanceId;
    }

    /** The service arguments that make its consumers static members under this slot's name. */
    public List<String> serviceArgs() {
        return List.of(
                "--spring.kafka.consumer.properties.group.instance.id=" + instanceId,
                "--spring.kafka.consumer.properties.session.timeout.ms=" + SESSION_TIMEOUT.toMillis());
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
