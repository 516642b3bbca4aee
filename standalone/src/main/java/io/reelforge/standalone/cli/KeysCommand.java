package io.reelforge.standalone.cli;

import io.reelforge.common.json.Json;
import io.reelforge.standalone.stack.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reelforge keys create|list|revoke}: manages API keys through a gateway's admin API, with the admin key
 * from {@code REELFORGE_ADMIN_KEY} (never an option: it would end up in the shell history).
 */
@Command(name = "keys", description = "Creates, lists and revokes API keys through a gateway's admin API"
        + " (admin key from $REELFORGE_ADMIN_KEY).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Runnable {

    static final String ADMIN_KEY_ENVIRONMENT = "REELFORGE_ADMIN_KEY";

    @Option(names = "--gateway", description = "gateway URL (default: the running stack's, else http://127.0.0.1:8080)")
    String gateway;

    @Option(names = "--data", description = "the running stack's data directory (default ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    // made when a subcommand runs, not when picocli builds the command tree: every other command would pay for them
    private @Nullable HttpClient http;
    private @Nullable JsonMapper json;

    @Override
    public void run() {
        System.out.println("Usage: reelforge keys create --tenant <tenant> [--name <name>] | list | revoke <id>");
    }

    @Command(name = "create", description = "Creates a key for a tenant and prints it (shown only this once).")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        KeysCommand keys;

        @Option(names = "--tenant", required = true, description = "the tenant the key acts for")
        String tenant;

        @Option(names = "--name", description = "what the key is for")
        String name;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("tenant", tenant);
            if (name != null) {
                body.put("name", name);
            }
            HttpResponse<String> response = keys.send(HttpRequest.newBuilder(keys.uri("api/v1/admin/keys"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(keys.json().writeValueAsString(body))));
            if (response.statusCode() != 201) {
                return keys.refused(response);
            }
            JsonNode key = keys.json().readTree(response.body());
            System.out.println(key.path("key").asString());
            System.err.printf("key %s for tenant %s: store it now, it is not shown again%n", key.path("id").asString(),
                    key.path("tenant").asString());
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the keys: id, tenant, prefix, creation time (never the keys).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        KeysCommand keys;

        @Override
        public Integer call() throws Exception {
            HttpResponse<String> response = keys.send(HttpRequest.newBuilder(keys.uri("api/v1/admin/keys")).GET());
            if (response.statusCode() != 200) {
                return keys.refused(response);
            }
            System.out.printf("%-22s %-20s %-13s %-26s %s%n", "ID", "TENANT", "PREFIX", "CREATED", "NAME");
            for (JsonNode key : keys.json().readTree(response.body()).path("items")) {
                System.out.printf("%-22s %-20s %-13s %-26s %s%n", key.path("id").asString(),
                        key.path("tenant").asString(), key.path("prefix").asString(),
                        key.path("createdAt").asString(), key.path("name").asString(""));
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revokes a key at once.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        KeysCommand keys;

        @Parameters(index = "0", description = "the key's id (from 'keys list')")
        String id;

        @Override
        public Integer call() throws Exception {
            HttpResponse<String> response = keys.send(HttpRequest.newBuilder(keys.uri("api/v1/admin/keys/" + id))
                    .DELETE());
            if (response.statusCode() != 204) {
                return keys.refused(response);
            }
            System.out.println("revoked " + id);
            return 0;
        }
    }

    private URI uri(String path) throws java.io.IOException {
        String base = gateway != null ? gateway
                : Files.exists(data.resolve("stack.properties")) ? StackSettings.readFrom(data).gatewayUrl()
                : "http://127.0.0.1:8080";
        return URI.create(base.endsWith("/") ? base : base + "/").resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String adminKey = System.getenv(ADMIN_KEY_ENVIRONMENT);
        if (adminKey == null || adminKey.isBlank()) {
            throw new IllegalStateException("set " + ADMIN_KEY_ENVIRONMENT + " to the gateway's admin key");
        }
        return http().send(request.header("Authorization", "Bearer " + adminKey.strip())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private int refused(HttpResponse<String> response) {
        String detail;
        try {
            detail = json().readTree(response.body()).path("detail").asString(response.body());
        } catch (RuntimeException e) {
            detail = response.body();
        }
        System.err.println("the gateway answered " + response.statusCode() + ": " + detail);
        return 1;
    }

    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    private JsonMapper json() {
        if (json == null) {
            json = Json.mapper();
        }
        return json;
    }
}
