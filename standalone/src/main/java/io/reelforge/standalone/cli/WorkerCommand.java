package io.reelforge.standalone.cli;

import io.reelforge.standalone.stack.JoinedService;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import io.reelforge.standalone.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "worker", description = "Starts one more worker that joins a running stack (from 'reelforge up')"
        + " and shares its work: scraper, script or media; or a gateway of its own (gateway).")
public final class WorkerCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "scraper, script, media or gateway")
    String kind;

    @Option(names = "--data", description = "the running stack's data directory (default ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--kafka", description = "Kafka bootstrap servers, instead of the running stack's")
    String kafka;

    @Option(names = "--redis", description = "Redis URL, instead of the running stack's")
    String redis;

    @Option(names = "--allow-host", description = "a host the fetcher may reach even if private (repeatable), besides"
            + " those the stack allows")
    List<String> allowedHosts = List.of();

    @Option(names = "--port", description = "the gateway's port (default 8080), or a worker's management port for"
            + " health probes and Prometheus metrics (default: any free port, printed at start)")
    Integer port;

    @Override
    public Integer call() throws Exception {
        Service service = Service.parse(kind);
        Logs.toDirectory(data.resolve("logs"), "INFO");
        StackSettings settings = (kafka != null && redis != null
                ? new StackSettings(kafka, redis, "", data.resolve("artifacts").toAbsolutePath(), List.of())
                : StackSettings.readFrom(data)).allowingAlso(allowedHosts);
        Integer asked = port != null ? port : service == Service.GATEWAY ? Integer.valueOf(8080) : null;
        List<String> args = asked != null ? List.of("--server.port=" + asked) : List.of();
        JoinedService joined = LocalStack.join(service, settings, data, args);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                joined.close();
            } catch (IOException e) {
                System.err.println("error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("A " + service.displayName() + " joined " + settings.kafkaBootstrapServers()
                + " as " + joined.slot().instanceId() + "; stop it with Ctrl-C.");
        if (service != Service.GATEWAY) {
            System.out.println("Health and metrics: http://127.0.0.1:"
                    + joined.context().getEnvironment().getProperty("local.server.port") + "/actuator/prometheus");
        }
        stopped.await();
        return 0;
    }
}
