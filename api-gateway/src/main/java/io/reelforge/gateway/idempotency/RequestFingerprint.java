package io.reelforge.gateway.idempotency;

import io.reelforge.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hash of a request's canonical JSON: object keys sorted at every level, nulls left out, no insignificant
 * whitespace. Two bodies that mean the same (keys in another order, other spacing) have the same fingerprint.
 */
final class RequestFingerprint {

    private static final JsonMapper CANONICAL = Json.mapper().rebuild()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RequestFingerprint() {
    }

    /** The fingerprint of {@code body} sent to {@code route}: the same body on another route is another request. */
    static String of(String route, Object body) {
        Object tree = CANONICAL.convertValue(body, Map.class);
        String canonical = route + "\n" + CANONICAL.writeValueAsString(tree);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
