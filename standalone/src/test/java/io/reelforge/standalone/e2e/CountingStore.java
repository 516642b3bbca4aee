package io.reelforge.standalone.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.reelforge.standalone.demo.SampleStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The sample store behind a loopback front that counts how often the product page is fetched and can refuse the
 * product images while a condition holds (to make a render fail where a scrape would not).
 */
final class CountingStore implements AutoCloseable {

    private final HttpServer server;
    private final SampleStore store;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private volatile BooleanSupplier refuseImages = () -> false;

    private CountingStore(SampleStore store) throws IOException {
        this.store = store;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    static CountingStore start() throws IOException {
        return new CountingStore(SampleStore.start(0));
    }

    String productUrl() {
        return baseUrl() + SampleStore.PRODUCT_PATH;
    }

    int pageRequests() {
        return pageRequests.get();
    }

    /** Image requests answer 404 whenever {@code condition} holds. */
    void refuseImagesWhile(BooleanSupplier condition) {
        this.refuseImages = condition;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(SampleStore.PRODUCT_PATH)) {
                pageRequests.incrementAndGet();
            }
            if (path.startsWith("/images/") && refuseImages.getAsBoolean()) {
                send(exchange, 404, "text/plain", "gone for now".getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpResponse<byte[]> upstream = http.send(HttpRequest.newBuilder(URI.create(store.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = upstream.headers().firstValue("Content-Type").orElse("application/octet-stream");
            byte[] body = upstream.body();
            if (type.startsWith("text/html")) {
                body = new String(body, StandardCharsets.UTF_8).replace(store.baseUrl(), baseUrl())
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, upstream.statusCode(), type, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        store.close();
    }
}
