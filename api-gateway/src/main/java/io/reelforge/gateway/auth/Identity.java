package io.reelforge.gateway.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Whose key a request carries, as {@code GET /api/v1/me} tells a client: a page that was handed a key can check it
 * and show who it acts for before it calls anything else.
 */
@Schema(name = "Identity", description = "Whose key this is")
public record Identity(
        @Schema(description = "The tenant the key acts for; null for the admin key, which acts for none")
        @Nullable String tenant,
        @Schema(description = "The key's id (as the admin API lists it); null for the admin key and for requests"
                + " without a key in anonymous mode") @Nullable String keyId,
        @Schema(description = "The name given to the key when it was created, if any") @Nullable String keyName,
        @Schema(description = "Whether this is the admin key: it manages keys and sees no tenant's jobs")
        boolean admin) {

    static final String ATTRIBUTE = Identity.class.getName();

    static final Identity ADMIN = new Identity(null, null, null, true);

    static Identity of(ApiKey key) {
        return new Identity(key.tenant(), key.id(), key.name(), false);
    }

    static Identity anonymous(String tenant) {
        return new Identity(tenant, null, null, false);
    }
}
