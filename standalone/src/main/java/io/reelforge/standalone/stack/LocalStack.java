package io.reelforge.standalone.stack;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.standalone.infra.LocalKafka;
import io.reelforge.standalone.infra.LocalRedis;
import io.reelforge.standalone.infra.OwnerLock;
import java.io.IOException;
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
 * Spring application context in this JVM, configured exactly as the separate processes would be. One stack runs on
 * a data folder at a time (a lock in it); Kafka and Redis keep their ports there, so workers that run on their own
 * reconnect by themselves when the stack restarts, and every service is a static member of its consumer groups
 * ({@link MemberSlot}), so a restarted stack has its partitions back at once.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** Held while the stack runs: one stack per data folder. */
    private static final String LOCK = "stack.lock";

    private final OwnerLock lock;
    private final @Nullable LocalKafka kafka;
    private final LocalRedis redis;
    private final List<MemberSlot> slots;
    private final Map<Service, ConfigurableApplicationContext> services;
    private final StackSettings settings;

    private LocalStack(OwnerLock lock, @Nullable LocalKafka kafka, LocalRedis redis, List<MemberSlot> slots,
            Map<Service, ConfigurableApplicationContext> services, StackSettings settings) {
        this.lock = lock;
        this.slots = slots;
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
        OwnerLock lock = OwnerLock.take(dataDir.resolve(LOCK), "a Reelforge stack on " + dataDir.toAbsolutePath());
        LocalKafka kafka = null;
        LocalRedis redis = null;
        List<MemberSlot> slots = new ArrayList<>();
        Map<Service, ConfigurableApplicationContext> started = Collections.synchronizedMap(new EnumMap<>(Service.class));
        try {
            kafka = externalKafka == null ? LocalKafka.start(dataDir.resolve("kafka")) : null;
            String bootstrapServers = kafka != null ? kafka.bootstrapServers() : externalKafka;
            redis = LocalRedis.start(dataDir.resolve("redis"));
            Path artifacts = dataDir.resolve("artifacts").toAbsolutePath();
            List<String> common = new ArrayList<>(List.of(
                    "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                    "--spring.data.redis.url=" + redis.url(),
                    "--reelforge.artifacts.root=" + artifacts,
                    "--spring.jmx.enabled=false",
                    "--spring.main.banner-mode=off"));
            common.addAll(extraArgs);
            Map<Service, List<String>> args = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                if (!leftOut.contains(service)) {
                    MemberSlot slot = MemberSlot.take(dataDir, service);
                    slots.add(slot);
                    List<String> serviceArgs = new ArrayList<>(common);
                    serviceArgs.addAll(slot.serviceArgs());
                    // a worker's port is its management port (probes, metrics): any free one, several run here
                    serviceArgs.add("--server.port=" + (service == Service.GATEWAY ? gatewayPort : 0));
                    args.put(service, serviceArgs);
                }
            }
            startServices(started, args);
            ConfigurableApplicationContext gateway = started.get(Service.GATEWAY);
            int port = Integer.parseInt(gateway.getEnvironment()
                    .getProperty("local.server.port", String.valueOf(gatewayPort)));
            StackSettings settings = new StackSettings(bootstrapServers, redis.url(), "http://127.0.0.1:" + port,
                    artifacts, gateway.getBean(ReelforgeProperties.class).fetch().allowedHosts());
            return new LocalStack(lock, kafka, redis, slots, started, settings);
        } catch (Exception e) {
            started.values().forEach(ConfigurableApplicationContext::close);
            closeAll(slots);
            if (redis != null) {
                redis.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * Starts one more worker (or gateway) that joins an existing stack's Kafka and Redis, with the stack's fetch
     * policy (and whatever {@code extraArgs} add), as a static member of its consumer groups under a slot of
     * {@code dataDir}.
     */
    public static JoinedService join(Service service, StackSettings settings, Path dataDir, List<String> extraArgs)
            throws IOException {
        oneLoggingConfiguration();
        MemberSlot slot = MemberSlot.take(dataDir, service);
        try {
            List<String> args = new ArrayList<>(List.of(
                    "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                    "--spring.data.redis.url=" + settings.redisUrl(),
                    "--reelforge.artifacts.root=" + settings.artifactsRoot(),
                    "--spring.main.banner-mode=off"));
            if (!settings.allowedHosts().isEmpty()) {
                args.add("--reelforge.fetch.allowed-hosts=" + String.join(",", settings.allowedHosts()));
            }
            args.addAll(slot.serviceArgs());
            if (extraArgs.stream().noneMatch(arg -> arg.startsWith("--server.port="))) {
                args.add("--server.port=0"); // a worker's management port: any free one, unless asked for one
            }
            args.addAll(extraArgs);
            return new JoinedService(service.builder().run(args.toArray(String[]::new)), slot);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
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

    private static void startServices(Map<Service, ConfigurableApplicationContext> started,
            Map<Service, List<String>> args) throws Exception {
        // the services are independent, so they start side by side: the stack is up in the time of the slowest
        ExecutorService pool = Executors.newFixedThreadPool(Service.values().length);
        try {
            List<Future<?>> starts = new ArrayList<>();
            args.forEach((service, serviceArgs) -> starts.add(pool.submit(() -> {
                started.put(service, service.builder().run(serviceArgs.toArray(String[]::new)));
                log.info("{} started", service.displayName());
                return null;
            })));
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

    /**
     * Where the service answers HTTP: the gateway's API, or a worker's management port (health probes and
     * {@code /actuator/prometheus}).
     */
    public String httpUrl(Service service) {
        return "http://127.0.0.1:" + context(service).getEnvironment().getProperty("local.server.port");
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
        closeAll(slots);
        redis.close();
        if (kafka != null) {
            kafka.close();
        }
        lock.close();
    }

    private static void closeAll(List<MemberSlot> slots) throws IOException {
        for (MemberSlot slot : slots) {
            slot.close();
        }
    }
}
