package io.reelforge.media.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A web server on loopback that serves fixed responses by path, as a store's image host would. 404 otherwise. */
public final class StaticHttpServer implements AutoCloseable {

    private record Response(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    public StaticHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Response response = responses.getOrDefault(exchange.getRequestURI().getPath(),
                    new Response(404, "text/plain", "not found".getBytes()));
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        });
        server.start();
    }

    public String serve(String path, String contentType, byte[] body) {
        responses.put(path, new Response(200, contentType, body));
        return url(path);
    }

    public String fail(String path, int status) {
        responses.put(path, new Response(status, "text/plain", ("status " + status).getBytes()));
        return url(path);
    }

    /** How many requests it has been sent, whatever their path. */
    public int requestCount() {
        return requests.get();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
