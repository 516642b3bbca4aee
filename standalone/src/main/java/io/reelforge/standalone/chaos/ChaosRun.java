package io.reelforge.standalone.chaos;

import io.reelforge.standalone.demo.SampleStore;
import io.reelforge.standalone.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A chaos run: the system as separate processes (a Kafka broker, a Redis server, the gateway and the three workers,
 * each its own JVM started through the launcher), the jobs of {@link ChaosPlan} submitted by two tenants against the
 * demo's store, and meanwhile each planned {@code kill -9} and restart; then a drain, and {@link ChaosReport}.
 */
public final class ChaosRun {

    /** How many submissions may be in flight (retrying through an outage) at once. */
    private static final int SUBMITTERS = 8;
    private static final List<String> TENANTS = List.of("chaos-a", "chaos-b");
    private static final int VIDEO_SECONDS = 5;
    private static final int START_ATTEMPTS = 3;
    /**
     * The least time between a restarted process being ready and the next kill: each outage is then measured on
     * its own, not piled on the previous one.
     */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    /**
     * @param data wiped and used for the run's data and logs
     * @param launcher the {@code reelforge} script each process is started with
     * @param drain how long, after the chaos, the jobs still running may take to finish
     * @param mediaFormat the media worker's frame size: small, so renders do not starve the other processes
     */
    public record Options(Path data, Path launcher, long seed, Duration duration, Duration drain, String mediaFormat) {
    }

    private final Options options;
    private final PrintStream out;
    private final Ledger ledger = new Ledger();
    private volatile boolean chaosOver;

    public ChaosRun(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs it and prints the report; 0 when no job was lost, stuck or completed twice. */
    public int run() throws Exception {
        ChaosPlan plan = ChaosPlan.draw(options.seed(), options.duration());
        Path data = options.data().toAbsolutePath();
        wipe(data);
        out.printf("Chaos run: seed %d, %d s of chaos (%d kills; a job every %.1f-%.1f s until the last restart has"
                + " settled), then up to %d s to drain; data in %s%n", plan.seed(), plan.duration().toSeconds(),
                plan.kills().size(), ChaosPlan.MIN_GAP.toMillis() / 1e3, ChaosPlan.MAX_GAP.toMillis() / 1e3,
                options.drain().toSeconds(), data);
        String adminKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        int gatewayPort = freePort();
        String gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        Map<String, String> environment = Map.of("REELFORGE_ADMIN_KEY", adminKey,
                "REELFORGE_MEDIA_FORMAT", options.mediaFormat());
        try (SampleStore store = SampleStore.start(0);
                Fleet fleet = new Fleet(options.launcher().toAbsolutePath(), data, gatewayPort, environment)) {
            long started = System.nanoTime();
            fleet.start(ProcessKind.KAFKA);
            fleet.start(ProcessKind.REDIS);
            String kafka = "127.0.0.1:" + keptPort(data.resolve("kafka"), "broker");
            new StackSettings(kafka, "redis://127.0.0.1:" + keptPort(data.resolve("redis"), "port"), gatewayUrl,
                    data.resolve("artifacts"), List.of("127.0.0.1")).writeTo(data);
            fleet.start(ProcessKind.GATEWAY);
            JobClient client = new JobClient(gatewayUrl);
            List<String> keys = new ArrayList<>();
            for (String tenant : TENANTS) {
                keys.add(client.createKey(adminKey, tenant));
            }
            fleet.startAll(List.of(ProcessKind.SCRAPER, ProcessKind.SCRIPT, ProcessKind.MEDIA));
            out.printf("The six processes started in %.1f s; chaos begins%n", (System.nanoTime() - started) / 1e9);
            try (EventWatcher events = new EventWatcher(kafka, ledger::typeOf)) {
                Instant begin = Instant.now();
                ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
                Thread submitting = Thread.ofPlatform().name("chaos-submissions").start(
                        () -> submitAll(plan, begin, submitters, client, keys, store));
                killAll(plan, begin, fleet);
                chaosOver = true;
                submitting.join();
                submitters.shutdown();
                submitters.awaitTermination(JobClient.RETRY_FOR.toSeconds() + 30, TimeUnit.SECONDS);
                for (ProcessKind kind : ProcessKind.values()) {
                    if (!fleet.isRunning(kind)) {
                        out.println(kind.displayName() + " was not running at the end of the chaos: starting it");
                        startWithRetries(fleet, kind);
                    }
                }
                out.printf("Chaos over after %.0f s; draining%n", Duration.between(begin, Instant.now()).toMillis() / 1e3);
                ChaosReport report = ChaosReport.collect(ledger, events, client, keys, data.resolve("artifacts"),
                        options.drain(), begin);
                report.print(out);
                Files.writeString(data.resolve("chaos-report.txt"), report.toString());
                return report.clean() ? 0 : 1;
            }
        }
    }

    private void submitAll(ChaosPlan plan, Instant begin, ExecutorService submitters, JobClient client,
            List<String> keys, SampleStore store) {
        for (ChaosPlan.Submission submission : plan.submissions()) {
            try {
                sleepUntil(begin.plus(submission.at()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (chaosOver) {
                return;
            }
            String url = store.productUrl() + "?chaos=" + submission.key();
            boolean video = submission.type() == ChaosPlan.JobType.VIDEO;
            String route = video ? "/api/v1/videos" : "/api/v1/scrape-product-url";
            Object body = video ? Map.of("url", url, "durationSeconds", VIDEO_SECONDS) : Map.of("url", url);
            submitters.submit(() -> {
                ledger.submitted(submission, client.submit(route, body, submission.key(), keys.get(submission.tenant())));
                return null;
            });
        }
    }

    /**
     * Each planned kill, at its moment or, if the previous restart is recent, once the system has settled; none
     * after twice the planned duration (a machine so slow that restarts take minutes still ends its run).
     */
    private void killAll(ChaosPlan plan, Instant begin, Fleet fleet) throws InterruptedException {
        Instant settled = begin;
        Instant last = begin.plus(plan.duration().multipliedBy(2));
        for (ChaosPlan.Kill kill : plan.kills()) {
            Instant moment = later(begin.plus(kill.at()), settled);
            if (moment.isAfter(last)) {
                ledger.skipped(kill);
                continue;
            }
            sleepUntil(moment);
            Instant killedAt = Instant.now();
            fleet.kill(kill.kind());
            Thread.sleep(kill.down().toMillis());
            Instant restartedAt = Instant.now();
            boolean ready = startWithRetries(fleet, kill.kind());
            Instant readyAt = Instant.now();
            ledger.killed(new Ledger.KillRecord(kill.kind(), killedAt, restartedAt, ready ? readyAt : null));
            out.printf("  %6.1f s  killed %-7s  down %4.1f s, ready %4.1f s after its restart%n",
                    Duration.between(begin, killedAt).toMillis() / 1e3, kill.kind().displayName(),
                    kill.down().toMillis() / 1e3, Duration.between(restartedAt, readyAt).toMillis() / 1e3);
            settled = readyAt.plus(SETTLE);
        }
        sleepUntil(earlier(later(begin.plus(plan.duration()), settled), last));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A process that fails to come back is tried again: a chaos run reports, it does not stop half-way. */
    private boolean startWithRetries(Fleet fleet, ProcessKind kind) throws InterruptedException {
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                fleet.start(kind);
                return true;
            } catch (IOException e) {
                out.println("  " + kind.displayName() + " did not start (attempt " + attempt + "): " + e.getMessage());
                fleet.kill(kind);
                Thread.sleep(2000);
            }
        }
        return false;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static int keptPort(Path dir, String name) throws IOException {
        Properties ports = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("ports.properties"))) {
            ports.load(in);
        }
        return Integer.parseInt(ports.getProperty(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Empties the run's folder, refusing one that is not a chaos run's: it might hold something of value. */
    private static void wipe(Path data) throws IOException {
        if (Files.exists(data)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(data)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.isDirectory(data.resolve("chaos"))) {
                throw new IOException(data + " is not empty and holds no earlier chaos run: choose another folder");
            }
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(data);
    }
}
