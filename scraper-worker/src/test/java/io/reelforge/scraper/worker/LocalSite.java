package io.reelforge.scraper.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A web site on loopback that answers each path as told: the stores, at their protocol, for worker tests. */
final class LocalSite implements AutoCloseable {

    private record Answer(int status, Map<String, String> headers, byte[] body, boolean hang,
            @Nullable Duration trickle) {
        Answer(int status, Map<String, String> headers, byte[] body, boolean hang) {
            this(status, headers, body, hang, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Answer> failureAnswers = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private LocalSite(HttpServer server) {
        this.server = server;
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    static LocalSite start() throws IOException {
        return new LocalSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalSite serve(String path, int status, String contentType, byte[] body) {
        answers.put(path, new Answer(status, Map.of("Content-Type", contentType), body, false));
        return this;
    }

    LocalSite redirect(String path, String location) {
        answers.put(path, new Answer(302, Map.of("Location", location), new byte[0], false));
        return this;
    }

    /** The path answers {@code status} with the given headers for the first {@code times} requests, then as before. */
    LocalSite failFirst(String path, int times, int status, Map<String, String> headers) {
        failures.put(path, new AtomicInteger(times));
        failureAnswers.put(path, new Answer(status, headers, new byte[0], false));
        return this;
    }

    /** The path accepts the request and never answers (until the site closes): a server that hangs. */
    LocalSite hang(String path) {
        answers.put(path, new Answer(200, Map.of(), new byte[0], true));
        return this;
    }

    /**
     * The path answers 200 with an HTML page at once, then sends its body one byte per {@code interval} (until the
     * site closes): a page that takes minutes to arrive although the server never stops talking.
     */
    LocalSite trickle(String path, Duration interval) {
        byte[] page = "<html><head><title>Slow</title></head><body>".repeat(100).getBytes(StandardCharsets.UTF_8);
        answers.put(path, new Answer(200, Map.of("Content-Type", "text/html"), page, false, interval));
        return this;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.getOrDefault(path, new Answer(404, Map.of("Content-Type", "text/html"),
                "<h1>Not found</h1>".getBytes(), false));
        AtomicInteger failuresLeft = failures.get(path);
        if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
            answer = failureAnswers.get(path);
        }
        try (exchange) {
            if (answer.hang()) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (answer.trickle() != null) {
                trickle(exchange, answer);
                return;
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void trickle(HttpExchange exchange, Answer answer) throws IOException, InterruptedException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : answer.body()) {
                out.write(b);
                out.flush();
                if (closing.await(answer.trickle().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client gave up on the page and closed the connection
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
