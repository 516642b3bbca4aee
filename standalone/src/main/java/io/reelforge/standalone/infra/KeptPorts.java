package io.reelforge.standalone.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ports a local server listens on, kept in {@code ports.properties} beside its data so that it comes back on the
 * same address after a restart: a worker started on its own keeps the address it was given, and its Kafka and Redis
 * clients reconnect by themselves once the server is back. A kept port that another program took meanwhile is
 * replaced by a free one, with a warning, since the alternative is not starting at all.
 */
public final class KeptPorts {

    static final String FILE = "ports.properties";
    private static final Logger log = LoggerFactory.getLogger(KeptPorts.class);

    private final Path file;
    private final String owner;
    private final Properties ports = new Properties();

    private KeptPorts(Path file, String owner) {
        this.file = file;
        this.owner = owner;
    }

    /**
     * The ports kept in {@code dir}.
     *
     * @param owner whose ports these are, for the warning ("Redis")
     */
    public static KeptPorts in(Path dir, String owner) throws IOException {
        KeptPorts kept = new KeptPorts(dir.resolve(FILE), owner);
        if (Files.exists(kept.file)) {
            try (Reader in = Files.newBufferedReader(kept.file)) {
                kept.ports.load(in);
            }
        }
        return kept;
    }

    /** The kept port called {@code name} if it is free, else a new free port (with a warning); remembered. */
    public int take(String name) throws IOException {
        String value = ports.getProperty(name);
        int port;
        if (value == null) {
            port = freePort();
        } else {
            int kept = Integer.parseInt(value.strip());
            if (isFree(kept)) {
                port = kept;
            } else {
                port = freePort();
                log.warn("{}'s {} port {} (kept in {}) is taken by another program: using {} this time; workers started"
                        + " on their own with the old address must be restarted", owner, name, kept, file, port);
            }
        }
        ports.setProperty(name, String.valueOf(port));
        return port;
    }

    /** Writes the ports taken, atomically, so a crash never leaves half a file. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary)) {
            ports.store(out, owner + "'s ports, used again on its next start");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether a server could listen on {@code port} of the loopback address now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers themselves bind: a port whose old connections linger in TIME_WAIT is free to them
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
