package io.reelforge.standalone.cli;

import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import io.reelforge.standalone.stack.StackSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "worker", description = "Starts one more worker that joins a running stack (from 'reelforge up')"
        + " and shares its work: scraper, script or media.")
public final class WorkerCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "scraper, script or media")
    String kind;

    @Option(names = "--data", description = "the running stack's data directory (default ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--kafka", description = "Kafka bootstrap servers, instead of the running stack's")
    String kafka;

    @Option(names = "--redis", description = "Redis URL, instead of the running stack's")
    String redis;

    @Option(names = "--allow-host", description = "a host the fetcher may reach even if private (repeatable)")
    List<String> allowedHosts = List.of();

    @Override
    public Integer call() throws Exception {
        Service service = Service.parse(kind);
        Logs.toDirectory(data.resolve("logs"), "INFO");
        StackSettings settings = kafka != null && redis != null
                ? new StackSettings(kafka, redis, "", data.resolve("artifacts"))
                : StackSettings.readFrom(data);
        ConfigurableApplicationContext context = LocalStack.join(service, settings, Logs.allowedHostsArgs(allowedHosts));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }));
        System.out.println("A " + service.displayName() + " worker joined " + settings.kafkaBootstrapServers()
                + "; stop it with Ctrl-C.");
        stopped.await();
        return 0;
    }
}
