package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.reelforge.common.json.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class GatewayClientTest {

    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer gateway;

    @BeforeEach
    void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/api/v1/videos", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] job = "{\"id\":\"job-1\",\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, job.length);
            exchange.getResponseBody().write(job);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void theRenderOptionsGivenOnTheCommandLineAreSent() throws Exception {
        JsonNode job = client().submitVideo(
                new VideoOrder("https://shop.example/p/1", 15, new RenderChoices("de", "calm", "onyx", "none", "plain",
                        "1:1", false, "https://cdn.example/song.mp3")));

        assertThat(job.path("id").asString()).isEqualTo("job-1");
        JsonNode body = Json.mapper().readTree(received.get());
        assertThat(body.path("url").asString()).isEqualTo("https://shop.example/p/1");
        assertThat(body.path("durationSeconds").asInt()).isEqualTo(15);
        assertThat(body.path("format").asString()).isEqualTo("1:1");
        assertThat(body.path("captions").asBoolean(true)).isFalse();
        assertThat(body.path("musicUrl").asString()).isEqualTo("https://cdn.example/song.mp3");
        assertThat(body.path("language").asString()).isEqualTo("de");
        assertThat(body.path("tone").asString()).isEqualTo("calm");
        assertThat(body.path("voice").asString()).isEqualTo("onyx");
        assertThat(body.path("narration").asString()).isEqualTo("none");
        assertThat(body.path("captionStyle").asString()).isEqualTo("plain");
        assertThat(authorization.get()).isEqualTo("Bearer rk_test");
    }

    @Test
    void aGatewayThatCannotTakeWorkForAMomentIsAskedAgainWithTheSameIdempotencyKey() throws Exception {
        List<String> keys = new CopyOnWriteArrayList<>();
        gateway.removeContext("/api/v1/videos");
        gateway.createContext("/api/v1/videos", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.getRequestBody().readAllBytes();
            if (keys.size() < 3) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] job = "{\"id\":\"job-1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, job.length);
                exchange.getResponseBody().write(job);
            }
            exchange.close();
        });

        JsonNode job = client().submitVideo(VideoOrder.of("https://shop.example/p/1", 30));

        assertThat(job.path("id").asString()).isEqualTo("job-1");
        assertThat(keys).hasSize(3).doesNotContainNull();
        assertThat(Set.copyOf(keys)).hasSize(1);
    }

    @Test
    void aRefusalIsNotAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        gateway.removeContext("/api/v1/videos");
        gateway.createContext("/api/v1/videos", exchange -> {
            asked.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] problem = "{\"title\":\"Bad Request\",\"detail\":\"url: must be http(s)\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });

        assertThatThrownBy(() -> client().submitVideo(VideoOrder.of("ftp://shop.example/p/1", 30)))
                .hasMessageContaining("(400): url: must be http(s)");
        assertThat(asked).hasValue(1);
    }

    @Test
    void optionsLeftOutAreLeftToTheWorkers() throws Exception {
        client().submitVideo(VideoOrder.of("https://shop.example/p/1", 30));

        JsonNode body = Json.mapper().readTree(received.get());
        assertThat(body.has("format")).isFalse();
        assertThat(body.has("captions")).isFalse();
        assertThat(body.has("musicUrl")).isFalse();
        assertThat(body.has("language")).isFalse();
        assertThat(body.has("voice")).isFalse();
        assertThat(body.has("narration")).isFalse();
        assertThat(body.has("captionStyle")).isFalse();
    }

    @Test
    void aDownloadRedirectedToTheObjectStoreIsFetchedThereWithoutTheApiKey(@TempDir Path dir) throws Exception {
        byte[] video = {0, 0, 0, 24, 'f', 't', 'y', 'p'};
        AtomicReference<String> storeAuthorization = new AtomicReference<>("not asked");
        gateway.createContext("/api/v1/jobs/", exchange -> {
            exchange.getResponseHeaders().add("Location", "/bucket/job-1/video.mp4?X-Amz-Signature=abc");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        gateway.createContext("/bucket/", exchange -> {
            storeAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, video.length);
            exchange.getResponseBody().write(video);
            exchange.close();
        });

        long bytes = client().download("/api/v1/jobs/job-1/artifacts/video.mp4", dir.resolve("video.mp4"));

        assertThat(bytes).isEqualTo(video.length);
        assertThat(dir.resolve("video.mp4")).hasBinaryContent(video);
        assertThat(storeAuthorization.get()).isNull();
    }

    private GatewayClient client() {
        return new GatewayClient("http://127.0.0.1:" + gateway.getAddress().getPort(), "rk_test");
    }
}
