package io.reelforge.gateway.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on loopback that answers each path as told and records every request's path (404 otherwise): a store
 * serving feeds, or images.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            send(exchange, 404, "text/plain", "not found".getBytes());
        });
        server.start();
    }

    /** Serves {@code body} at {@code path}; returns its URL. */
    public String serve(String path, String contentType, byte[] body) {
        return handle(path, exchange -> send(exchange, 200, contentType, body));
    }

    /** Answers {@code path} with {@code handler}; returns its URL. */
    public String handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().toString());
            handler.handle(exchange);
        });
        return url(path);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every request received, as path and query. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
