package io.reelforge.gateway.auth;

import io.reelforge.gateway.api.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating, listing and revoking API keys; only with the admin key (checked by {@link ApiKeyInterceptor}). */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = "API keys and tenants (admin key only)")
class AdminKeyController {

    private final ApiKeyStore keys;

    AdminKeyController(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Schema(name = "KeyRequest")
    record KeyRequest(
            @Schema(description = "The tenant the key acts for", example = "acme")
            @NotBlank @Pattern(regexp = Tenants.PATTERN,
                    message = "must be 1-63 lower-case letters, digits, '-' or '_'") String tenant,
            @Schema(description = "What the key is for", example = "shop backend") @Size(max = 100) @Nullable String name) {
    }

    @Schema(name = "CreatedKey", description = "The new key: its secret is shown here once and never again")
    record CreatedKeyView(String id, String tenant, String prefix, @Nullable String name, Instant createdAt,
            String key) {
    }

    @Schema(name = "KeyList")
    record KeyList(List<ApiKey> items) {
    }

    @PostMapping(path = ApiPaths.ADMIN_KEYS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an API key for a tenant; the answer is the only place the key is ever shown")
    @ApiResponse(responseCode = "201", description = "The key")
    ResponseEntity<CreatedKeyView> create(@Valid @RequestBody KeyRequest body) {
        ApiKeyStore.CreatedKey created = keys.create(body.tenant(), body.name() == null ? null : body.name().strip());
        ApiKey key = created.key();
        return ResponseEntity.created(URI.create(ApiPaths.ADMIN_KEYS + "/" + key.id()))
                .body(new CreatedKeyView(key.id(), key.tenant(), key.prefix(), key.name(), key.createdAt(),
                        created.secret()));
    }

    @GetMapping(ApiPaths.ADMIN_KEYS)
    @Operation(operationId = "listKeys", summary = "All API keys (id, tenant, prefix, name, creation time; never the key)")
    KeyList list() {
        return new KeyList(keys.list());
    }

    @DeleteMapping(ApiPaths.ADMIN_KEY)
    @Operation(summary = "Revoke an API key at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No key with this id")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        if (!keys.revoke(keyId)) {
            throw new KeyNotFoundException(keyId);
        }
        return ResponseEntity.noContent().build();
    }
}
