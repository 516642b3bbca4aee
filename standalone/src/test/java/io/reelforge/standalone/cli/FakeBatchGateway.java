package io.reelforge.standalone.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.reelforge.common.json.Json;
import io.reelforge.gateway.batch.BatchItemPage;
import io.reelforge.gateway.batch.BatchItemView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch routes of the HTTP API on loopback, answering with the gateway's own view records, over items a test
 * moves from state to state; it records what the command line sent and counts the downloads of each job's video.
 */
final class FakeBatchGateway implements AutoCloseable {

    static final String BATCH_ID = "b-1";

    /** One POST as it arrived. */
    record Submission(String contentType, @Nullable String query, @Nullable String idempotencyKey, byte[] body) {
    }

    private final HttpServer server;
    private final JsonMapper json = Json.mapper();
    private final List<BatchItemView> items;
    private final @Nullable String name;
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private volatile @Nullable String refusal;

    private FakeBatchGateway(HttpServer server, List<BatchItemView> items, @Nullable String name) {
        this.server = server;
        this.items = new ArrayList<>(items);
        this.name = name;
    }

    static FakeBatchGateway start(@Nullable String name, List<BatchItemView> items) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeBatchGateway gateway = new FakeBatchGateway(server, items, name);
        server.createContext("/api/v1/batches", gateway::batches);
        server.createContext("/api/v1/jobs/", gateway::artifact);
        server.start();
        return gateway;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void set(BatchItemView item) {
        items.set(item.index(), item);
    }

    /** Refuses every submission with this problem document's detail, as the gateway refuses an invalid feed. */
    void refuse(String detail) {
        refusal = detail;
    }

    List<Submission> submissions() {
        return submissions;
    }

    int downloads(String jobId) {
        return downloads.getOrDefault(jobId, new AtomicInteger()).get();
    }

    static byte[] video(String jobId) {
        return ("mp4 of " + jobId).getBytes(StandardCharsets.UTF_8);
    }

    private synchronized List<BatchItemView> items() {
        return List.copyOf(items);
    }

    private void batches(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/batches")) {
                submit(exchange);
            } else if (path.equals("/api/v1/batches/" + BATCH_ID)) {
                send(exchange, 200, json.writeValueAsBytes(BatchFixtures.batch(BATCH_ID, name, items(), 30L)));
            } else if (path.equals("/api/v1/batches/" + BATCH_ID + "/items")) {
                Map<String, String> query = query(uri.getRawQuery());
                int page = Integer.parseInt(query.getOrDefault("page", "0"));
                int size = Integer.parseInt(query.getOrDefault("size", "20"));
                List<BatchItemView> all = items();
                List<BatchItemView> window = all.subList(Math.min(all.size(), page * size),
                        Math.min(all.size(), (page + 1) * size));
                send(exchange, 200, json.writeValueAsBytes(new BatchItemPage(window, page, size, all.size(),
                        (all.size() + size - 1) / size)));
            } else {
                send(exchange, 404, "{\"code\":\"batch_not_found\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        submissions.add(new Submission(exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestURI().getRawQuery(), key, exchange.getRequestBody().readAllBytes()));
        String problem = refusal;
        if (problem != null) {
            send(exchange, 422, json.writeValueAsBytes(Map.of("status", 422, "code", "invalid_feed",
                    "detail", problem)));
            return;
        }
        boolean replayed;
        synchronized (keys) {
            replayed = key != null && !keys.add(key);
        }
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        send(exchange, 202, json.writeValueAsBytes(BatchFixtures.batch(BATCH_ID, name, items(), null)));
    }

    private void artifact(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/"); // /api/v1/jobs/{id}/artifacts/video.mp4
            if (parts.length != 7 || !parts[5].equals("artifacts") || !parts[6].equals("video.mp4")) {
                send(exchange, 404, new byte[0]);
                return;
            }
            downloads.computeIfAbsent(parts[4], j -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            send(exchange, 200, video(parts[4]));
        }
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> query = new ConcurrentHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
