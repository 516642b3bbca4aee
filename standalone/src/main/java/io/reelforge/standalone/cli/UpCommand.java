package io.reelforge.standalone.cli;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.demo.catalog.SampleCatalog;
import io.reelforge.standalone.infra.OwnerLock;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import io.reelforge.standalone.stack.StackSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "up", description = "Runs the whole system in one JVM: embedded Kafka and Redis, the gateway and"
        + " the three workers (or those not left out with --without). Data under ./data. Stop with Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--port", description = "gateway port (default ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--data", description = "data directory (default ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--allow-host", description = "a host the fetcher may reach even if private (repeatable;"
            + " for local test stores)")
    List<String> allowedHosts = List.of();

    @Option(names = "--without", split = ",", paramLabel = "WORKER", description = "a worker to leave out (scraper,"
            + " script or media; repeatable): run it as a process of its own that joins the stack")
    List<String> without = List.of();

    @Option(names = "--sample-store", description = "also serve the demo's sample store on 127.0.0.1 (and let the"
            + " fetcher reach it), for benchmarks and trying the API without a real store")
    boolean sampleStore;

    @Option(names = "--sample-catalog-size", paramLabel = "N", description = "with --sample-store: how many products"
            + " its catalog serves (/catalog/, its Merchant feed and CSVs; default "
            + SampleCatalog.DEFAULT_SIZE + ")")
    @Nullable Integer sampleCatalogSize;

    @Spec
    CommandSpec spec;

    /** The services {@code --without} names; the gateway is refused, since the stack is reached through it. */
    Set<Service> leftOut() {
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String name : without) {
            Service service;
            try {
                service = Service.parse(name.strip());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--without: " + e.getMessage());
            }
            if (service == Service.GATEWAY) {
                throw new ParameterException(spec.commandLine(), "--without gateway: the stack is reached through"
                        + " the gateway; leave out scraper, script or media");
            }
            services.add(service);
        }
        return services;
    }

    /** The sample store's catalog size: refused without {@code --sample-store} and outside 1 to the maximum. */
    int catalogSize() {
        if (sampleCatalogSize == null) {
            return SampleCatalog.DEFAULT_SIZE;
        }
        if (!sampleStore) {
            throw new ParameterException(spec.commandLine(), "--sample-catalog-size needs --sample-store");
        }
        if (sampleCatalogSize < 1 || sampleCatalogSize > SampleCatalog.MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "--sample-catalog-size: from 1 to "
                    + SampleCatalog.MAX_SIZE + " products, not " + sampleCatalogSize);
        }
        return sampleCatalogSize;
    }

    @Override
    public Integer call() throws Exception {
        Set<Service> leftOut = leftOut();
        int catalogSize = catalogSize();
        Logs.toDirectory(data.resolve("logs"), "INFO");
        long started = System.nanoTime();
        @Nullable SampleStore store = sampleStore ? SampleStore.start(0, catalogSize) : null;
        List<String> hosts = new ArrayList<>(allowedHosts);
        if (store != null) {
            hosts.add("127.0.0.1");
        }
        LocalStack starting = null;
        try {
            starting = LocalStack.start(data, port, Logs.allowedHostsArgs(hosts), null, leftOut);
        } catch (OwnerLock.AlreadyRunningException e) {
            System.err.println("reelforge up: " + e.getMessage());
            return 1;
        } finally {
            if (store != null && starting == null) {
                store.close();
            }
        }
        LocalStack stack = starting;
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
                if (store != null) {
                    store.close();
                }
            } catch (Exception e) {
                System.err.println("error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        System.out.printf("%nReelforge is up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        line("Console:", settings.consoleUrl() + "  (sign in with the API key below)");
        line("API:", settings.gatewayUrl() + "/api/v1/videos");
        line("OpenAPI:", settings.gatewayUrl() + "/swagger-ui/index.html");
        line("Kafka:", settings.kafkaBootstrapServers());
        line("Redis:", settings.redisUrl());
        line("Data:", data.toAbsolutePath().toString());
        line("Metrics:", String.join("  ", stack.running().stream().sorted()
                .map(service -> service.displayName() + " " + stack.httpUrl(service) + "/actuator/prometheus")
                .toList()));
        line("API key:", apiKey + "  (tenant default; development only; also in " + data.resolve("api-key") + ")");
        if (store != null) {
            line("Sample:", store.productUrl() + "  (the demo's product page)");
            // its own line, after "Sample:", which scripts parse (bench/load.sh)
            System.out.println("  Catalog feed: " + store.catalogFeedUrl() + "  (" + catalogSize
                    + " products, Google Merchant RSS; ?size=N for the first N; also feed.csv and urls.csv)");
        }
        for (Service service : leftOut) {
            System.out.println("  Left out: " + service.displayName() + " (start it as its own process: ./reelforge worker "
                    + service.displayName() + ", or its -exec.jar with the addresses above)");
        }
        System.out.println("Add a worker from another terminal: ./reelforge worker media");
        System.out.println("Make a video: ./reelforge make https://shop.example/products/1");
        stopped.await();
        return 0;
    }

    /** One line of the addresses, the values in a column ({@code Console: http://localhost:8080/}). */
    private static void line(String label, String value) {
        System.out.printf("  %-8s %s%n", label, value);
    }
}
