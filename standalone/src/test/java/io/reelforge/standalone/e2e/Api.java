package io.reelforge.standalone.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.json.Json;
import io.reelforge.gateway.auth.ApiKeyStore;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API as an end-to-end test uses it: JSON in, JSON out, through a real socket, with an API key. */
final class Api {

    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled");

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = Json.mapper();

    private final String key;

    Api(String baseUrl, String key) {
        this.base = URI.create(baseUrl + "/");
        this.key = key;
    }

    /** An API client with a new key of tenant {@code default}, created in the stack's gateway. */
    static Api withNewKey(LocalStack stack) {
        return withNewKey(stack, "default");
    }

    /** An API client with a new key of a tenant of its own: its settings (a brand kit) touch no other test. */
    static Api withNewKey(LocalStack stack, String tenant) {
        String key = stack.context(Service.GATEWAY).getBean(ApiKeyStore.class).create(tenant, "e2e").secret();
        return new Api(stack.settings().gatewayUrl(), key);
    }

    /** The key, for a client that signs in with it (the web console). */
    String key() {
        return key;
    }

    /** GETs a route and returns its JSON, expecting 200. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path.substring(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** PUTs a JSON body; returns the status code. */
    int put(String path, String body) throws Exception {
        return http.send(request(path.substring(1)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key);
    }

    /** POSTs a body and returns the answer, whatever its status. */
    HttpResponse<String> post(String route, String body) throws Exception {
        return http.send(request(route.substring(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** POSTs a body to a job-creating route, expects 202 and returns the job id. */
    String submit(String route, String body) throws Exception {
        HttpResponse<String> response = post(route, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = json.readTree(response.body()).path("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/jobs/" + id);
        return id;
    }

    JsonNode job(String id) throws Exception {
        return get("/api/v1/jobs/" + id);
    }

    int cancel(String id) throws Exception {
        return http.send(request("api/v1/jobs/" + id).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POSTs a retry of the job; returns the status code. */
    int retry(String id) throws Exception {
        return http.send(request("api/v1/jobs/" + id + "/retry").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode awaitFinal(String id, Duration timeout) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = job(id);
            return FINAL.contains(last[0].path("status").asString());
        });
        return last[0];
    }

    Path download(String id, String name, Path dir) throws Exception {
        Path target = dir.resolve(id + "-" + name);
        HttpResponse<Path> response = http.send(request("api/v1/jobs/" + id + "/artifacts/" + name).GET().build(),
                HttpResponse.BodyHandlers.ofFile(target));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Files.size(target)).isPositive();
        return target;
    }
}
