package io.reelforge.standalone.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A loopback site of pages that are not product pages: a missing page, a PDF, a blog post. */
final class OddPages implements AutoCloseable {

    private final HttpServer server;

    private OddPages(HttpServer server) {
        this.server = server;
    }

    static OddPages start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/missing", exchange -> {
            try (exchange) {
                byte[] body = "<html><h1>Not found</h1></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.createContext("/manual.pdf", exchange -> respond(exchange, "application/pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"));
        server.createContext("/blog/quiet-mornings", exchange -> respond(exchange, "text/html; charset=utf-8", """
                <!doctype html><html lang="en"><head><title>Five ideas for quiet mornings | The Slow Blog</title>
                <meta property="og:type" content="article"><meta name="description" content="A short essay."></head>
                <body><article><h1>Five ideas for quiet mornings</h1><p>Wake up a little earlier. Open a window.
                Make tea slowly. Read a page of a book. Write one line in a notebook.</p></article></body></html>
                """));
        server.start();
        return new OddPages(server);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
            throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
