package io.reelforge.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.ApiClient;
import io.reelforge.gateway.RunningGateway;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Cross-origin calls as a browser makes them: a preflight without a key, then the call. The configured origin
 * ({@code reelforge.gateway.cors.allowed-origins}) may call the API and read its headers; any other is refused
 * with a 403 problem, and its calls create nothing.
 */
class CrossOriginTest extends RunningGateway {

    private static final String OTHER_ORIGIN = "https://elsewhere.example";

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAKey() {
        HttpResponse<String> response = preflight(anonymous(), ALLOWED_ORIGIN, "POST");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST", "GET", "DELETE"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization", "content-type",
                        "idempotency-key"));
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("1800");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anAllowedOriginCanReadTheAnswerAndItsHeaders() {
        ApiClient client = newTenant();

        HttpResponse<String> response = client.post("/api/v1/videos", ApiClient.VIDEO_BODY, "Origin", ALLOWED_ORIGIN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("Location", "Retry-After", "Idempotent-Replayed"));
    }

    @Test
    void aPreflightFromAnotherOriginIsAProblem403() {
        HttpResponse<String> response = preflight(anonymous(), OTHER_ORIGIN, "POST");

        assertRefused(response);
    }

    @Test
    void aPreflightForAMethodTheApiDoesNotTakeIsAProblem403() {
        assertRefused(preflight(anonymous(), ALLOWED_ORIGIN, "PATCH"));
    }

    @Test
    void aCallFromAnotherOriginIsRefusedAndCreatesNothing() {
        ApiClient client = newTenant();

        HttpResponse<String> response = client.post("/api/v1/videos", ApiClient.VIDEO_BODY, "Origin", OTHER_ORIGIN);

        assertRefused(response);
        assertThat(ApiClient.json(client.get("/api/v1/jobs")).path("total").asInt()).isZero();
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("code").asString()).isEqualTo("origin_not_allowed");
        assertThat(problem.path("status").asInt()).isEqualTo(403);
    }

    private static HttpResponse<String> preflight(ApiClient client, String origin, String method) {
        HttpRequest request = client.request("/api/v1/videos", "Origin", origin,
                        "Access-Control-Request-Method", method,
                        "Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
