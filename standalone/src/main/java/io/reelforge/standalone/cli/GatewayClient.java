package io.reelforge.standalone.cli;

import io.reelforge.common.json.Json;
import io.reelforge.gateway.batch.BatchItemPage;
import io.reelforge.gateway.batch.BatchView;
import io.reelforge.standalone.stack.StackSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's view of the HTTP API: submit a video job or a batch, read a job or a batch, follow a job's
 * events, download an artifact. Every request carries the API key, when there is one.
 */
public final class GatewayClient {

    static final String DEFAULT_URL = "http://127.0.0.1:8080";
    private static final Set<Integer> REDIRECTS = Set.of(302, 303, 307);
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
    static final Duration SUBMIT_PATIENCE = Duration.ofSeconds(60);

    private final URI base;
    private final @Nullable String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = Json.mapper();

    public GatewayClient(String baseUrl, @Nullable String apiKey) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.apiKey = apiKey;
    }

    /**
     * The gateway a command talks to: {@code --gateway}, else the running stack's (from its data directory), else
     * the default local address; with the key {@link KeysLocal#find} finds.
     */
    static GatewayClient forStack(@Nullable String gateway, Path data, @Nullable String apiKey) throws IOException {
        String url = gateway != null ? gateway
                : Files.exists(data.resolve("stack.properties")) ? StackSettings.readFrom(data).gatewayUrl()
                : DEFAULT_URL;
        return new GatewayClient(url, KeysLocal.find(apiKey, data));
    }

    /** The gateway's address, without a trailing slash: for the commands a user may type. */
    String baseUrl() {
        String url = base.toString();
        return url.substring(0, url.length() - 1);
    }

    /**
     * POSTs a product URL and its options to {@code /api/v1/videos} and returns the new job. A gateway that is up but
     * cannot take work for a moment (503 while its Kafka elects a leader, a proxy's 502/504, a refused connection
     * while it restarts) is asked again, after its Retry-After, for up to {@link #SUBMIT_PATIENCE}; one
     * Idempotency-Key for every attempt makes sure that an attempt whose answer was lost makes no second job.
     */
    JsonNode submitVideo(VideoOrder order) throws IOException, InterruptedException {
        String body = json.writeValueAsString(order.body());
        HttpRequest request = request("api/v1/videos")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", "reelforge-make-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = sendPatiently(request);
        if (response.statusCode() != 202) {
            throw new IOException("the gateway refused the job (" + response.statusCode() + "): " + problem(response));
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> sendPatiently(HttpRequest request) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SUBMIT_PATIENCE.toNanos();
        while (true) {
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!UNAVAILABLE.contains(response.statusCode()) || System.nanoTime() > deadline) {
                    return response;
                }
                wait = retryAfter(response);
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                wait = Duration.ofSeconds(1);
            }
            Thread.sleep(wait);
        }
    }

    /** The answer's Retry-After in seconds, at most 5 s (a command line should not look stuck), else 1 s. */
    private static Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,6}"))
                .map(Long::parseLong).orElse(1L);
        return Duration.ofSeconds(Math.min(seconds, 5));
    }

    /**
     * POSTs a batch: an uploaded feed file as the body with the options as query parameters, or a feed URL as JSON;
     * with the order's Idempotency-Key, so sending the same order again answers with the batch it made.
     *
     * @throws GatewayRefusal when the gateway answers with a problem (an invalid feed, a bad option, no key)
     */
    SubmittedBatch submitBatch(BatchOrder order) throws IOException, InterruptedException {
        HttpRequest.Builder request = switch (order.source()) {
            case BatchSource.FeedFile file -> request("api/v1/batches" + order.query())
                    .header("Content-Type", file.contentType())
                    .POST(HttpRequest.BodyPublishers.ofFile(file.path()));
            case BatchSource.FeedUrl url -> request("api/v1/batches")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(order.jsonBody(url.url()))));
        };
        HttpResponse<String> response = http.send(request.header("Accept", "application/json")
                .header("Idempotency-Key", order.idempotencyKey()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw refusal("the gateway refused the batch", response);
        }
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        return new SubmittedBatch(json.readValue(response.body(), BatchView.class), replayed);
    }

    /** A batch the gateway accepted; {@code replayed} when it is one an identical earlier order made. */
    record SubmittedBatch(BatchView batch, boolean replayed) {
    }

    BatchView batch(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("api/v1/batches/" + id).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw refusal("could not read batch " + id, response);
        }
        return json.readValue(response.body(), BatchView.class);
    }

    /** One page of the batch's items in batch order, every state. */
    BatchItemPage batchItems(String id, int page, int size) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("api/v1/batches/" + id + "/items?page=" + page + "&size="
                + size).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw refusal("could not read the items of batch " + id, response);
        }
        return json.readValue(response.body(), BatchItemPage.class);
    }

    public JsonNode job(String id) throws IOException, InterruptedException {
        HttpRequest request = request("api/v1/jobs/" + id).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("could not read job " + id + " (" + response.statusCode() + "): " + problem(response));
        }
        return json.readTree(response.body());
    }

    /**
     * Reads the job's Server-Sent Events, handing each event's data to {@code onEvent} until it returns false or
     * the server ends the stream.
     *
     * @throws IOException when the stream cannot be opened (an older gateway, a proxy that buffers): poll instead
     */
    public void events(String id, Predicate<JsonNode> onEvent) throws IOException, InterruptedException {
        HttpRequest request = request("api/v1/jobs/" + id + "/events").header("Accept", "text/event-stream").GET()
                .build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("no event stream for job " + id + " (" + response.statusCode() + ")");
            }
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    boolean more = onEvent.test(json.readTree(data.toString()));
                    data.setLength(0);
                    if (!more) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * Downloads an artifact link of a job view (relative or absolute) into {@code target}, atomically. A gateway with
     * artifacts in S3 answers with a redirect to a presigned URL of the object store: that URL is fetched without the
     * API key, which belongs to the gateway alone (the URL carries its own signature, and S3 refuses a second one).
     */
    public long download(String link, Path target) throws IOException, InterruptedException {
        HttpRequest request = request(link.startsWith("/") ? link.substring(1) : link).GET().build();
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".download-", ".part");
        try {
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(temp));
            Optional<String> location = response.headers().firstValue("Location");
            if (REDIRECTS.contains(response.statusCode()) && location.isPresent()) {
                HttpRequest direct = HttpRequest.newBuilder(request.uri().resolve(location.get())).GET().build();
                response = http.send(direct, HttpResponse.BodyHandlers.ofFile(temp));
            }
            if (response.statusCode() != 200) {
                throw new IOException("download of " + link + " failed with status " + response.statusCode());
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            readableByAll(target);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    /** Temporary files are created private; a downloaded video is meant to be shared and played. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private GatewayRefusal refusal(String what, HttpResponse<String> response) {
        String code = null;
        try {
            code = json.readTree(response.body()).path("code").asString(null);
        } catch (RuntimeException e) {
            // not a problem document (a proxy's page): the status and body say it
        }
        return new GatewayRefusal(what + " (" + response.statusCode() + "): " + problem(response),
                response.statusCode(), code);
    }

    private String problem(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node.path("detail").asString(node.path("title").asString(response.body()));
        } catch (RuntimeException e) {
            return response.body();
        }
    }
}
