package io.reelforge.standalone.chaos;

import io.reelforge.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chaos run's client of the HTTP API, behaving as a careful client does: each intended job carries its own
 * {@code Idempotency-Key}, and a submission that gets no answer, a 5xx, a 409 (the key still in flight) or a 429 is
 * sent again with the same key for a while, so that retrying can never make two jobs of one.
 */
final class JobClient {

    /** How long a submission is retried before the client gives up on it. */
    static final Duration RETRY_FOR = Duration.ofSeconds(30);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = Json.mapper();

    JobClient(String gatewayUrl) {
        this.base = URI.create(gatewayUrl + "/");
    }

    /** What became of one submission. */
    sealed interface Outcome {
    }

    /** @param errors what the attempts before the accepted one met ("HTTP 503 kafka_unavailable"), in order */
    record Accepted(String id, Instant at, List<String> errors) implements Outcome {
    }

    record Refused(String reason, List<String> errors) implements Outcome {
    }

    String createKey(String adminKey, String tenant) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/v1/admin/keys"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + adminKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("tenant", tenant,
                        "name", "chaos run"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("could not create a key for " + tenant + ": " + response.statusCode());
        }
        return json.readTree(response.body()).path("key").asString();
    }

    /** POSTs {@code body} to {@code route}, again with the same key until accepted or {@link #RETRY_FOR} has passed. */
    Outcome submit(String route, Object body, String idempotencyKey, String apiKey) throws InterruptedException {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        List<String> errors = new ArrayList<>();
        while (true) {
            String reason;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(route.substring(1)))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Idempotency-Key", idempotencyKey)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 202) {
                    return new Accepted(json.readTree(response.body()).path("id").asString(), Instant.now(),
                            List.copyOf(errors));
                }
                reason = "HTTP " + status + problemCode(response.body());
                if (status < 500 && status != 409 && status != 429) {
                    return new Refused(reason, List.copyOf(errors));
                }
            } catch (IOException e) {
                reason = e.getClass().getSimpleName();
            }
            errors.add(reason);
            if (System.nanoTime() + RETRY_EVERY.toNanos() > deadline) {
                return new Refused(reason, List.copyOf(errors));
            }
            Thread.sleep(RETRY_EVERY.toMillis());
        }
    }

    private String problemCode(String body) {
        try {
            String code = json.readTree(body).path("code").asString("");
            return code.isEmpty() ? "" : " " + code;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The job as the gateway reads it now; empty if the gateway does not know it (404). */
    Optional<JsonNode> job(String id, String apiKey) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/v1/jobs/" + id))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + apiKey)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200 -> Optional.of(json.readTree(response.body()));
            case 404 -> Optional.empty();
            default -> throw new IOException("GET job " + id + ": HTTP " + response.statusCode());
        };
    }

    /** The ids of every job of the key's tenant, page by page. */
    List<String> jobIds(String apiKey) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            base.resolve("api/v1/jobs?size=100&page=" + page))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + apiKey)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET jobs: HTTP " + response.statusCode());
            }
            JsonNode items = json.readTree(response.body()).path("items");
            items.forEach(item -> ids.add(item.path("id").asString()));
            if (items.isEmpty()) {
                return ids;
            }
        }
    }

    boolean healthy() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("actuator/health")).timeout(REQUEST_TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
