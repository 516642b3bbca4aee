package io.reelforge.standalone.stack;

import io.reelforge.standalone.infra.LocalKafka;
import io.reelforge.standalone.infra.LocalRedis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reelforge on one machine: an embedded Kafka broker and Redis, and the gateway and the three workers, each its own
 * Spring application context in this JVM, configured exactly as the separate processes would be.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final @Nullable LocalKafka kafka;
    private final LocalRedis redis;
    private final Map<Service, ConfigurableApplicationContext> services;
    private final StackSettings settings;

    private LocalStack(@Nullable LocalKafka kafka, LocalRedis redis, Map<Service, ConfigurableApplicationContext> services,
            StackSettings settings) {
        this.kafka = kafka;
        this.redis = redis;
        this.services = services;
        this.settings = settings;
    }

    /**
     * @param dataDir Kafka logs, Redis data and artifacts go under it
     * @param gatewayPort 0 picks a free port
     * @param extraArgs further Spring properties for every service, as {@code --name=value}
     */
    public static LocalStack start(Path dataDir, int gatewayPort, List<String> extraArgs) throws Exception {
        return start(dataDir, gatewayPort, extraArgs, null);
    }

    /** The same, against a Kafka that already runs elsewhere ({@code externalKafka}: bootstrap servers). */
    public static LocalStack start(Path dataDir, int gatewayPort, List<String> extraArgs, @Nullable String externalKafka)
            throws Exception {
        return start(dataDir, gatewayPort, extraArgs, externalKafka, Set.of());
    }

    /**
     * The same, leaving some workers out: they run as processes of their own that join the stack (to scale them
     * separately, or to measure one alone). The gateway cannot be left out: the stack is reached through it.
     */
    public static LocalStack start(Path dataDir, int gatewayPort, List<String> extraArgs, @Nullable String externalKafka,
            Set<Service> leftOut) throws Exception {
        oneLoggingConfiguration();
        if (leftOut.contains(Service.GATEWAY)) {
            throw new IllegalArgumentException("the gateway cannot be left out of the stack; leave out scraper, script"
                    + " or media");
        }
        LocalKafka kafka = externalKafka == null ? LocalKafka.start(dataDir.resolve("kafka"), 0) : null;
        String bootstrapServers = kafka != null ? kafka.bootstrapServers() : externalKafka;
        LocalRedis redis = null;
        Map<Service, ConfigurableApplicationContext> started = Collections.synchronizedMap(new EnumMap<>(Service.class));
        try {
            redis = LocalRedis.start(dataDir.resolve("redis"), 0);
            Path artifacts = dataDir.resolve("artifacts").toAbsolutePath();
            List<String> common = new ArrayList<>(List.of(
                    "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                    "--spring.data.redis.url=" + redis.url(),
                    "--reelforge.artifacts.root=" + artifacts,
                    "--spring.jmx.enabled=false",
                    "--spring.main.banner-mode=off"));
            common.addAll(extraArgs);
            startServices(started, common, gatewayPort, leftOut);
            int port = Integer.parseInt(started.get(Service.GATEWAY).getEnvironment()
                    .getProperty("local.server.port", String.valueOf(gatewayPort)));
            StackSettings settings = new StackSettings(bootstrapServers, redis.url(),
                    "http://127.0.0.1:" + port, artifacts);
            return new LocalStack(kafka, redis, started, settings);
        } catch (Exception e) {
            started.values().forEach(ConfigurableApplicationContext::close);
            if (redis != null) {
                redis.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
    }

    /** Starts one more worker (or gateway) that joins an existing stack's Kafka and Redis. */
    public static ConfigurableApplicationContext join(Service service, StackSettings settings, List<String> extraArgs) {
        oneLoggingConfiguration();
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--spring.data.redis.url=" + settings.redisUrl(),
                "--reelforge.artifacts.root=" + settings.artifactsRoot(),
                "--spring.main.banner-mode=off"));
        args.addAll(extraArgs);
        return service.builder().run(args.toArray(String[]::new));
    }

    /**
     * One logging configuration for the whole JVM (logback.xml), for the command line and tests alike. Left to
     * Spring, every service context reconfigures Logback as it starts, and contexts starting side by side then race
     * in Logback (a ConcurrentModificationException that fails the start).
     */
    private static void oneLoggingConfiguration() {
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) == null) {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        }
    }

    private static void startServices(Map<Service, ConfigurableApplicationContext> started, List<String> common,
            int gatewayPort, Set<Service> leftOut) throws Exception {
        // the services are independent, so they start side by side: the stack is up in the time of the slowest
        ExecutorService pool = Executors.newFixedThreadPool(Service.values().length);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (Service service : Service.values()) {
                if (leftOut.contains(service)) {
                    continue;
                }
                List<String> args = new ArrayList<>(common);
                if (service == Service.GATEWAY) {
                    args.add("--server.port=" + gatewayPort);
                }
                starts.add(pool.submit(() -> {
                    started.put(service, service.builder().run(args.toArray(String[]::new)));
                    log.info("{} started", service.displayName());
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    public StackSettings settings() {
        return settings;
    }

    /** The service's application context; a service left out of the stack has none. */
    public ConfigurableApplicationContext context(Service service) {
        ConfigurableApplicationContext context = services.get(service);
        if (context == null) {
            throw new IllegalStateException(service.displayName() + " was left out of this stack");
        }
        return context;
    }

    /** The services running in this JVM. */
    public Set<Service> running() {
        return Set.copyOf(services.keySet());
    }

    @Override
    public void close() throws Exception {
        // the gateway first (no new work), then the workers, then the infrastructure they need
        for (Service service : List.of(Service.GATEWAY, Service.SCRAPER, Service.SCRIPT, Service.MEDIA)) {
            ConfigurableApplicationContext context = services.get(service);
            if (context != null) {
                context.close();
            }
        }
        redis.close();
        if (kafka != null) {
            kafka.close();
        }
    }
}
