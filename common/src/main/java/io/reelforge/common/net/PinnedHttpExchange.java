package io.reelforge.common.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 GET sent to an address {@link UrlPolicy} approved, never to a fresh DNS answer: the socket connects
 * to that {@link InetAddress}, the {@code Host} header names the URL's host, and for https the TLS handshake sends
 * the host as SNI and verifies the certificate against it ({@code HTTPS} endpoint identification), exactly as a
 * client that had resolved the name itself. {@code java.net.http.HttpClient} cannot be told which address to
 * use without replacing the JVM-wide resolver, hence this small client.
 */
final class PinnedHttpExchange {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final SSLContext tls;

    PinnedHttpExchange(SSLContext tls) {
        this.tls = tls;
    }

    /** Sends the request and reads the status and headers; the caller reads and closes the body. */
    RawResponse get(URI uri, List<InetAddress> addresses, Map<String, String> headers, Duration connectTimeout,
            Instant deadline) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        Socket socket = connect(addresses, port, connectTimeout, deadline);
        try {
            if (https) {
                socket = secure(socket, uri.getHost(), port, deadline);
            }
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(uri, port, https, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
            int status;
            Map<String, List<String>> responseHeaders;
            do {
                status = statusCode(readLine(in), uri);
                responseHeaders = readHeaders(in);
            } while (status >= 100 && status < 200);
            return new RawResponse(status, responseHeaders, body(in, status, responseHeaders), socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static Socket connect(List<InetAddress> addresses, int port, Duration connectTimeout, Instant deadline)
            throws IOException {
        IOException last = new IOException("no address to connect to");
        for (InetAddress address : addresses) {
            int timeout = (int) Math.max(1, Math.min(connectTimeout.toMillis(), remainingMillis(deadline)));
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), timeout);
                return socket;
            } catch (SocketTimeoutException e) {
                socket.close();
                last = new HttpConnectTimeoutException("connecting to " + address.getHostAddress() + " timed out");
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    /**
     * TLS over the connected socket. The handshake reads from the server too, so it gets what is left of the
     * deadline as its read timeout: a server that accepts the connection and never answers the handshake would
     * otherwise hold the caller for ever.
     */
    private Socket secure(Socket plain, String host, int port, Instant deadline) throws IOException {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        plain.setSoTimeout(remainingMillis(deadline));
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, bare, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !IpLiterals.isCanonical(bare)) {
            parameters.setServerNames(List.of(new SNIHostName(bare)));
        }
        socket.setSSLParameters(parameters);
        try {
            socket.startHandshake();
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("the TLS handshake with " + host + " did not finish in time");
        }
        return socket;
    }

    /** What is left of the deadline, at least 1 ms (0 would mean "no timeout" to a socket). */
    private static int remainingMillis(Instant deadline) throws HttpTimeoutException {
        long remaining = Duration.between(Instant.now(), deadline).toMillis();
        if (remaining <= 0) {
            throw new HttpTimeoutException("the request ran past its deadline");
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    private static String requestHead(URI uri, int port, boolean https, Map<String, String> headers) {
        URI ascii = URI.create(uri.toASCIIString());
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        String target = ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(ascii.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("Connection: close\r\n\r\n").toString();
    }

    private static int statusCode(String statusLine, URI uri) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response from " + uri.getHost());
        }
        try {
            return Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IOException("a malformed HTTP status from " + uri.getHost(), e);
        }
    }

    private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int total = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("the response headers are too large");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("a response header line is too long");
            }
            line.append((char) c);
        }
        if (c == -1 && line.isEmpty()) {
            throw new IOException("the server closed the connection without a response");
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static InputStream body(InputStream in, int status, Map<String, List<String>> headers)
            throws IOException {
        if (status == 204 || status == 304) {
            return InputStream.nullInputStream();
        }
        String transfer = first(headers, "Transfer-Encoding").toLowerCase(Locale.ROOT);
        if (transfer.contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        String length = first(headers, "Content-Length");
        if (!length.isEmpty()) {
            try {
                return new LimitedInputStream(in, Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                throw new IOException("a malformed Content-Length: " + length, e);
            }
        }
        return in;
    }

    static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    /** Status, headers (names case-insensitive) and the body, framed; closing it closes the connection. */
    record RawResponse(int status, Map<String, List<String>> headers, InputStream body, Socket socket)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
