package io.reelforge.standalone.cli;

import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.StackSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "up", description = "Runs the whole system in one JVM: embedded Kafka and Redis, the gateway and"
        + " the three workers. Data under ./data. Stop with Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--port", description = "gateway port (default ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--data", description = "data directory (default ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--allow-host", description = "a host the fetcher may reach even if private (repeatable;"
            + " for local test stores)")
    List<String> allowedHosts = List.of();

    @Override
    public Integer call() throws Exception {
        Logs.toDirectory(data.resolve("logs"), "INFO");
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(data, port, Logs.allowedHostsArgs(allowedHosts));
        StackSettings settings = stack.settings();
        settings.writeTo(data);
        String apiKey = KeysLocal.createDevelopmentKey(stack, "development (reelforge up)");
        KeysLocal.writeTo(data, apiKey);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                StackSettings.removeFrom(data);
                KeysLocal.removeFrom(data);
                stack.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        System.out.printf("%nReelforge is up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println("  API:      " + settings.gatewayUrl() + "/api/v1/videos");
        System.out.println("  OpenAPI:  " + settings.gatewayUrl() + "/swagger-ui/index.html");
        System.out.println("  Kafka:    " + settings.kafkaBootstrapServers());
        System.out.println("  Redis:    " + settings.redisUrl());
        System.out.println("  Data:     " + data.toAbsolutePath());
        System.out.println("  API key:  " + apiKey + "  (tenant default; development only; also in "
                + data.resolve("api-key") + ")");
        System.out.println("Add a worker from another terminal: ./reelforge worker media");
        System.out.println("Make a video: ./reelforge make https://shop.example/products/1");
        stopped.await();
        return 0;
    }
}
