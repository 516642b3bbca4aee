package io.reelforge.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.reelforge.common.config.ReelforgeProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against local servers. Host names are mapped to 127.0.0.1 by a test resolver (no DNS, no hosts
 * file): a request to {@code http://store.test:port/} can only succeed if the client connects to the address the
 * policy approved and sends the original host name.
 */
class SafeHttpClientTest {

    private static final byte[] PAGE = "<html><title>Kettle</title></html>".getBytes(StandardCharsets.UTF_8);

    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
    private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        hostHeaders.put(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Host"));
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/page" -> send(exchange, 200, PAGE, Map.of("Content-Type", "text/html; charset=utf-8"));
            case "/gzip" -> send(exchange, 200, gzip(PAGE), Map.of("Content-Encoding", "gzip"));
            case "/deflate" -> send(exchange, 200, deflate(PAGE), Map.of("Content-Encoding", "deflate"));
            case "/chunked" -> {
                exchange.sendResponseHeaders(200, 0); // length 0: the JDK server sends it chunked
                try (OutputStream out = exchange.getResponseBody()) {
                    for (byte b : PAGE) {
                        out.write(b);
                        out.flush();
                    }
                }
            }
            case "/to-private" -> redirect(exchange, "http://10.0.0.1/page");
            case "/to-numeric" -> redirect(exchange, "http://2130706433:" + port + "/page");
            case "/to-allowed" -> redirect(exchange, "http://store.test:" + port + "/page");
            case "/loop" -> redirect(exchange, "/loop");
            case "/retry" -> send(exchange, 503, new byte[0], Map.of("Retry-After", "7"));
            case "/big" -> send(exchange, 200, new byte[64 * 1024], Map.of());
            case "/slow" -> {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, PAGE, Map.of());
            }
            case "/trickle" -> trickle(exchange);
            default -> {
                if (path.startsWith("/hop/")) {
                    // every hop answers well inside the deadline; only the chain as a whole runs past it
                    pause(Duration.ofMillis(600));
                    redirect(exchange, "/hop/" + (Integer.parseInt(path.substring(5)) + 1));
                } else {
                    send(exchange, 404, new byte[0], Map.of());
                }
            }
        }
    }

    /** Headers at once, then one byte every 200 ms: every read succeeds quickly, the body never ends in time. */
    private void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 1000);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 1000 && !pause(Duration.ofMillis(200)); i++) {
                out.write('x');
                out.flush();
            }
        } catch (IOException e) {
            // the client gave up and closed the connection: what the test expects
        }
    }

    /** Waits, or returns true at once when the test is over. */
    private boolean pause(Duration duration) {
        try {
            return released.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Test
    void connectsToTheApprovedAddressAndSendsTheOriginalHostName() throws Exception {
        FetchedResource page = client(List.of("store.test")).get(URI.create("http://store.test:" + port + "/page"),
                "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(PAGE);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(hostHeaders.get("/page")).isEqualTo("store.test:" + port);
    }

    @Test
    void looksEachHostUpOnceAndNeverAgainToConnect() throws Exception {
        client(List.of("store.test")).get(URI.create("http://store.test:" + port + "/to-allowed"), "text/html");

        // two hops on the same host: one lookup each, by the policy; the connection reused those answers
        assertThat(lookups.get("store.test")).hasValue(2);
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessAllowlisted() {
        assertThatThrownBy(() -> client(List.of()).get(URI.create("http://store.test:" + port + "/page"), "*/*"))
                .isInstanceOf(BlockedUrlException.class).hasMessageContaining("non-public");
        assertThat(hostHeaders).isEmpty();
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        assertThatThrownBy(() -> client(List.of("store.test"))
                .get(URI.create("http://store.test:" + port + "/to-private"), "*/*"))
                .isInstanceOf(BlockedUrlException.class).hasMessageContaining("10.0.0.1");
    }

    @Test
    void aRedirectToANumericFormOfLoopbackIsRefused() {
        assertThatThrownBy(() -> client(List.of("store.test"))
                .get(URI.create("http://store.test:" + port + "/to-numeric"), "*/*"))
                .isInstanceOf(BlockedUrlException.class).hasMessageContaining("127.0.0.1");
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        assertThatThrownBy(() -> client(List.of("store.test")).get(URI.create("http://store.test:" + port + "/loop"),
                "*/*")).isInstanceOf(BlockedUrlException.class).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void gzipDeflateAndChunkedBodiesAreDecoded() throws Exception {
        SafeHttpClient client = client(List.of("store.test"));
        for (String path : List.of("/gzip", "/deflate", "/chunked")) {
            assertThat(client.get(URI.create("http://store.test:" + port + path), "*/*").body()).as(path)
                    .isEqualTo(PAGE);
        }
    }

    @Test
    void retryAfterIsReadFromTheResponse() throws Exception {
        FetchedResource response = client(List.of("store.test"))
                .get(URI.create("http://store.test:" + port + "/retry"), "*/*");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.retryAfter(Instant.now())).contains(Duration.ofSeconds(7));
    }

    @Test
    void aBodyAboveTheCapIsRefused() {
        assertThatThrownBy(() -> client(List.of("store.test")).get(URI.create("http://store.test:" + port + "/big"),
                "*/*")).isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void aResponseSlowerThanTheTotalTimeoutFails() {
        assertThatThrownBy(() -> client(List.of("store.test")).get(URI.create("http://store.test:" + port + "/slow"),
                "*/*")).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aBodyTricklingPastTheDeadlineFailsAtTheDeadlineThoughEveryReadIsQuick() {
        URI trickle = URI.create("http://store.test:" + port + "/trickle");

        Duration took = timed(() -> assertThatThrownBy(() -> client(List.of("store.test")).get(trickle, "*/*"))
                .isInstanceOf(HttpTimeoutException.class));

        assertThat(took).as("the 1.5 s deadline, not 1000 reads of 200 ms").isBetween(Duration.ofMillis(1400),
                Duration.ofMillis(2500));
    }

    @Test
    void theDeadlineCoversEveryRedirectHopTogether() {
        URI chain = URI.create("http://store.test:" + port + "/hop/0");

        Duration took = timed(() -> assertThatThrownBy(() -> client(List.of("store.test")).get(chain, "*/*"))
                .isInstanceOf(HttpTimeoutException.class));

        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void theCallersDeadlineWinsWhenItComesFirst() {
        URI trickle = URI.create("http://store.test:" + port + "/trickle");
        Instant deadline = Instant.now().plusMillis(500);

        Duration took = timed(() -> assertThatThrownBy(() -> client(List.of("store.test")).get(trickle, "*/*",
                deadline)).isInstanceOf(HttpTimeoutException.class));

        assertThat(took).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void aServerThatNeverAnswersTheTlsHandshakeFailsAtTheDeadline() throws Exception {
        // the kernel accepts the connection into the backlog; nobody ever speaks TLS on it
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            URI uri = URI.create("https://store.test:" + silent.getLocalPort() + "/");
            SafeHttpClient client = new SafeHttpClient(policy(List.of("store.test")), settings(), tls(false));

            Duration took = timed(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> client.get(uri, "*/*")).isInstanceOf(HttpTimeoutException.class)
                            .hasMessageContaining("TLS handshake")));

            assertThat(took).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void httpsVerifiesTheCertificateAgainstTheUrlsHostNotTheAddress() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SSLContext serverTls = tls(true);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        https.createContext("/", exchange -> send(exchange, 200, PAGE, Map.of("Content-Type", "text/html")));
        https.start();
        try {
            int httpsPort = https.getAddress().getPort();
            SafeHttpClient client = new SafeHttpClient(policy(List.of("store.test", "other.test")), settings(),
                    tls(false));

            // the certificate names store.test: reached by its name through 127.0.0.1 it is accepted ...
            assertThat(client.get(URI.create("https://store.test:" + httpsPort + "/"), "*/*").body()).isEqualTo(PAGE);
            // ... and for any other name on the same address it is not
            assertThatThrownBy(() -> client.get(URI.create("https://other.test:" + httpsPort + "/"), "*/*"))
                    .isInstanceOf(SSLException.class);
        } finally {
            https.stop(0);
        }
    }

    // --- helpers

    private static Duration timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private SafeHttpClient client(List<String> allowed) {
        return new SafeHttpClient(policy(allowed), settings());
    }

    private UrlPolicy policy(List<String> allowed) {
        return new UrlPolicy(allowed, host -> {
            lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            if (host.endsWith(".test")) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(host);
        });
    }

    private static ReelforgeProperties.Fetch settings() {
        return new ReelforgeProperties.Fetch(Duration.ofSeconds(2), Duration.ofMillis(1500), 32 * 1024, 5, List.of(),
                "Mozilla/5.0 Test", "en-US");
    }

    private static SSLContext tls(boolean server) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = SafeHttpClientTest.class.getResourceAsStream("/net/tls-store-test.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        if (server) {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, "changeit".toCharArray());
            context.init(keys.getKeyManagers(), null, null);
        } else {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            context.init(null, trust.getTrustManagers(), null);
        }
        return context;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        send(exchange, 302, new byte[0], Map.of("Location", location));
    }

    private static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
