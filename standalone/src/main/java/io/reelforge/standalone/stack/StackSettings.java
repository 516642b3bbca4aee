package io.reelforge.standalone.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a running stack's Kafka, Redis, gateway and artifacts are: written by {@code reelforge up} into its data
 * directory, read by {@code reelforge worker} and {@code reelforge make} so they join it without flags.
 */
public record StackSettings(String kafkaBootstrapServers, String redisUrl, String gatewayUrl, Path artifactsRoot) {

    private static final String FILE = "stack.properties";

    public void writeTo(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("kafka.bootstrap-servers", kafkaBootstrapServers);
        p.setProperty("redis.url", redisUrl);
        p.setProperty("gateway.url", gatewayUrl);
        p.setProperty("artifacts.root", artifactsRoot.toAbsolutePath().toString());
        Files.createDirectories(dataDir);
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(FILE))) {
            p.store(out, "written by 'reelforge up'; read by 'reelforge worker' and 'reelforge make'");
        }
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
        return new StackSettings(p.getProperty("kafka.bootstrap-servers"), p.getProperty("redis.url"),
                p.getProperty("gateway.url"), Path.of(p.getProperty("artifacts.root")));
    }

    public static void removeFrom(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }
}
