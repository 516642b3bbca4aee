package io.reelforge.standalone.cli;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Runs the whole pipeline offline: starts the stack and a sample store on"
        + " loopback, turns its product page into a narrated video and writes it to out/demo.mp4.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", description = "where to write the MP4 (default ${DEFAULT-VALUE})", defaultValue = "out/demo.mp4")
    Path out;

    @Option(names = "--data", description = "data directory of the demo's stack (default ${DEFAULT-VALUE})",
            defaultValue = "data/demo")
    Path data;

    @Option(names = "--port", description = "gateway port; 0 picks a free one (default ${DEFAULT-VALUE})",
            defaultValue = "0")
    int port;

    @Option(names = "--duration", description = "seconds of video (default ${DEFAULT-VALUE})", defaultValue = "20")
    int duration;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(data);
        Logs.toDirectory(data.resolve("logs"), "WARN");
        long started = System.nanoTime();
        System.out.println("Starting Reelforge (embedded Kafka and Redis, gateway, scraper, script and media workers)...");
        List<String> args = new ArrayList<>(Logs.allowedHostsArgs(List.of("127.0.0.1")));
        try (SampleStore store = SampleStore.start(0);
                LocalStack stack = LocalStack.start(data, port, args)) {
            System.out.printf("Up in %.1f s. Sample store: %s%n", (System.nanoTime() - started) / 1e9, store.productUrl());
            // the demo's gateway requires keys like any other: it gets a development key of its own
            String apiKey = KeysLocal.createDevelopmentKey(stack, "demo");
            System.out.println("Console: " + stack.settings().consoleUrl() + "  (while the demo runs; API key "
                    + apiKey + ")");
            GatewayClient client = new GatewayClient(stack.settings().gatewayUrl(), apiKey);
            int exit = VideoRun.make(client, VideoOrder.of(store.productUrl(), duration), out,
                    Duration.ofMinutes(10));
            System.out.printf("Demo finished in %.1f s. Logs: %s%n", (System.nanoTime() - started) / 1e9,
                    data.resolve("logs/reelforge.log"));
            return exit;
        }
    }
}
