package io.reelforge.standalone.cli;

import io.reelforge.standalone.infra.LocalKafka;
import io.reelforge.standalone.infra.LocalRedis;
import io.reelforge.standalone.infra.OwnerLock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The stack's Kafka broker or Redis server as a process of its own, with the data, ports and safeguards
 * {@code reelforge up} gives them (kept ports, one server per folder, Redis dying with this process), so the system
 * can run as separate processes that fail and restart separately ({@code bench/chaos.sh} kills them).
 */
@Command(name = "infra", description = "Runs the stack's Kafka broker or Redis server alone, in the foreground, with"
        + " its data under DATA/kafka or DATA/redis and the ports it had there last time. Stop with Ctrl-C.")
public final class InfraCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "kafka or redis")
    String kind;

    @Option(names = "--data", description = "data directory (default ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Override
    public Integer call() throws Exception {
        String name = kind.toLowerCase(Locale.ROOT);
        if (!name.equals("kafka") && !name.equals("redis")) {
            System.err.println("reelforge infra: unknown server '" + kind + "': choose kafka or redis");
            return 2;
        }
        Logs.toDirectory(data.resolve("logs"), "INFO");
        AutoCloseable server;
        CompletableFuture<?> ended;
        try {
            if (name.equals("kafka")) {
                LocalKafka kafka = LocalKafka.start(data.resolve("kafka"));
                System.out.println("Kafka: " + kafka.bootstrapServers());
                server = kafka;
                ended = new CompletableFuture<>();
            } else {
                LocalRedis redis = LocalRedis.start(data.resolve("redis"));
                System.out.println("Redis: " + redis.url() + " (redis-server process " + redis.pid() + ")");
                server = redis;
                // a redis-server that dies ends this process too, so whatever supervises it sees the failure
                ended = redis.onExit();
            }
        } catch (OwnerLock.AlreadyRunningException e) {
            System.err.println("reelforge infra: " + e.getMessage());
            return 1;
        }
        CompletableFuture<Void> stopping = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.complete(null);
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e);
            }
        }));
        CompletableFuture.anyOf(ended, stopping).join();
        if (stopping.isDone()) {
            // the shutdown hook stops the server; wait for it there
            return 0;
        }
        System.err.println("reelforge infra: the " + name + " server stopped on its own");
        server.close();
        return 1;
    }
}
