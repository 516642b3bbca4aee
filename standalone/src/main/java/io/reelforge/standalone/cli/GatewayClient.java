package io.reelforge.standalone.cli;

import io.reelforge.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's view of the HTTP API: submit a video job, read a job, follow its events, download an
 * artifact. Every request carries the API key, when there is one.
 */
public final class GatewayClient {

    private final URI base;
    private final @Nullable String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = Json.mapper();

    public GatewayClient(String baseUrl, @Nullable String apiKey) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.apiKey = apiKey;
    }

    /** POSTs a product URL and its options to {@code /api/v1/videos} and returns the new job. */
    JsonNode submitVideo(VideoOrder order) throws IOException, InterruptedException {
        String body = json.writeValueAsString(order.body());
        HttpRequest request = request("api/v1/videos")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException("the gateway refused the job (" + response.statusCode() + "): " + problem(response));
        }
        return json.readTree(response.body());
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

    /** Downloads an artifact link of a job view (relative or absolute) into {@code target}, atomically. */
    public long download(String link, Path target) throws IOException, InterruptedException {
        HttpRequest request = request(link.startsWith("/") ? link.substring(1) : link).GET().build();
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".download-", ".part");
        try {
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(temp));
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

    private String problem(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return node.path("detail").asString(node.path("title").asString(response.body()));
        } catch (RuntimeException e) {
            return response.body();
        }
    }
}
