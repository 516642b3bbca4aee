package io.reelforge.standalone.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Where a running stack's Kafka, Redis, gateway and artifacts are, and its fetch policy: written by
 * {@code reelforge up} into its data directory, read by {@code reelforge worker} and {@code reelforge make} so they
 * join it without flags. A worker that joins gets the stack's allowed hosts, or it would refuse the images of a
 * store the stack's own workers fetch from.
 *
 * @param allowedHosts hosts the stack's fetcher may reach although private ({@code reelforge.fetch.allowed-hosts})
 */
public record StackSettings(String kafkaBootstrapServers, String redisUrl, String gatewayUrl, Path artifactsRoot,
        List<String> allowedHosts) {

    private static final String FILE = "stack.properties";
    private static final String ALLOWED_HOSTS = "fetch.allowed-hosts";

    public StackSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** The same stack, with {@code more} hosts allowed besides its own (a worker's own {@code --allow-host}). */
    public StackSettings allowingAlso(List<String> more) {
        Set<String> hosts = new LinkedHashSet<>(allowedHosts);
        hosts.addAll(more);
        return new StackSettings(kafkaBootstrapServers, redisUrl, gatewayUrl, artifactsRoot, new ArrayList<>(hosts));
    }

    /**
     * The web console's address as a person types it into a browser: {@code localhost}, which a browser treats as a
     * secure context like the loopback address, and a trailing slash, the page itself.
     */
    public String consoleUrl() {
        return "http://localhost:" + URI.create(gatewayUrl).getPort() + "/";
    }

    public void writeTo(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("kafka.bootstrap-servers", kafkaBootstrapServers);
        p.setProperty("redis.url", redisUrl);
        p.setProperty("gateway.url", gatewayUrl);
        p.setProperty("artifacts.root", artifactsRoot.toAbsolutePath().toString());
        p.setProperty(ALLOWED_HOSTS, String.join(",", allowedHosts));
        Files.createDirectories(dataDir);
        // written aside and moved in place: a worker starting at that moment never reads half a file
        Path temporary = dataDir.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary)) {
            p.store(out, "written by 'reelforge up'; read by 'reelforge worker' and 'reelforge make'");
        }
        Files.move(temporary, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    public static StackSettings readFrom(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException("no running stack found: " + file + " does not exist (start one with 'reelforge up',"
                    + " or pass --kafka and --redis)");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        List<String> hosts = Arrays.stream(p.getProperty(ALLOWED_HOSTS, "").split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).toList();
        return new StackSettings(p.getProperty("kafka.bootstrap-servers"), p.getProperty("redis.url"),
                p.getProperty("gateway.url"), Path.of(p.getProperty("artifacts.root")), hosts);
    }

    public static void removeFrom(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }
}
