package io.reelforge.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RawHttp;
import io.reelforge.gateway.RunningGateway;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A JSON body means one thing or is refused: no fraction where a whole number is wanted, no key twice, nothing
 * larger than {@code reelforge.gateway.max-request-body} (1 MiB here, the default), and a refused body creates
 * no job.
 */
class RequestBodyTest extends RunningGateway {

    private static final int LIMIT = 1024 * 1024;
    private static final String PRODUCT = """
            {"title": "Aurora", "images": ["http://127.0.0.1:1/a.jpg"]}""";

    private ApiClient client;
    private String auth;

    @BeforeEach
    void newClient() {
        String key = keys.create("t-" + java.util.UUID.randomUUID().toString().substring(0, 12), "test").secret();
        client = client(key);
        auth = "Authorization: Bearer " + key;
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheField() {
        HttpResponse<String> response = client.post("/api/v1/generate-script",
                "{\"keyword\": \"pour-over coffee\", \"maxScenes\": 2.5}");

        assertMalformed(response, "maxScenes", "must be a whole number");
    }

    @Test
    void aFractionDeepInTheBodyIsRefusedNamingItsPath() {
        HttpResponse<String> response = client.post("/api/v1/generate-video", "{\"product\": " + PRODUCT
                + ", \"script\": {\"title\": \"Aurora\", \"scenes\": [{\"narration\": \"Hi.\", \"imageIndex\": 0.5}]}}");

        assertMalformed(response, "script.scenes[0].imageIndex", "must be a whole number");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        HttpResponse<String> response = client.post("/api/v1/generate-script",
                "{\"keyword\": \"pour-over coffee\", \"keyword\": \"espresso\"}");

        assertMalformed(response, "keyword", "appears more than once");
    }

    @Test
    void aKeyGivenTwiceInANestedObjectIsRefusedNamingItsPath() {
        HttpResponse<String> response = client.post("/api/v1/generate-script",
                "{\"product\": {\"title\": \"Aurora\", \"images\": [], \"title\": \"Other\"}}");

        assertMalformed(response, "product.title", "appears more than once");
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() {
        // 30 MB announced, 64 KB sent: the answer comes without the rest, or this would wait for it and time out
        RawHttp.Response response = new RawHttp(port).send("POST /api/v1/generate-script HTTP/1.1\r\nHost: gateway\r\n"
                + auth + "\r\nContent-Type: application/json\r\nContent-Length: " + 30 * 1024 * 1024,
                ("{\"keyword\": \"" + "a".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8));

        assertTooLarge(response.status(), response.header("Content-Type").orElse(""), response.json());
        assertThat(response.header("Connection")).hasValue("close");
        assertNoJobCreated();
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefused() {
        byte[] json = ("{\"keyword\": \"" + "a".repeat(LIMIT + 1000) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] chunked = chunked(json);

        RawHttp.Response response = new RawHttp(port).send("POST /api/v1/generate-script HTTP/1.1\r\nHost: gateway\r\n"
                + auth + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", chunked);

        assertTooLarge(response.status(), response.header("Content-Type").orElse(""), response.json());
        assertNoJobCreated();
    }

    @Test
    void aBodyWithinTheLimitIsRead() {
        // read whole and judged on its fields: the keyword is too long, which only reading it can tell
        HttpResponse<String> response = client.post("/api/v1/generate-script",
                "{\"keyword\": \"" + "a".repeat(LIMIT - 100) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("code").asString()).isEqualTo("validation");
    }

    private void assertMalformed(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("code").asString()).isEqualTo("malformed_request");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo(field);
        assertThat(problem.path("errors").path(0).path("message").asString()).isEqualTo(message);
        assertThat(problem.path("detail").asString()).contains(field);
        assertNoJobCreated();
    }

    private static void assertTooLarge(int status, String contentType, JsonNode problem) {
        assertThat(status).isEqualTo(413);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(problem.path("code").asString()).isEqualTo("body_too_large");
        assertThat(problem.path("limit").asLong()).isEqualTo(LIMIT);
    }

    private void assertNoJobCreated() {
        assertThat(ApiClient.json(client.get("/api/v1/jobs")).path("total").asInt()).isZero();
    }

    /** The body in chunks of 8 KiB, as a client streaming it without a length would send it. */
    private static byte[] chunked(byte[] body) {
        var out = new java.io.ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int size = Math.min(8192, body.length - offset);
            out.writeBytes((Integer.toHexString(size) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, offset, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
