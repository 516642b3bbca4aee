package io.reelforge.gateway.auth;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key as stored: never the key itself, only its hash, plus what an operator needs to recognise it
 * ({@code prefix}: its first characters, as secret scanners and logs show them).
 */
public record ApiKey(String id, String tenant, String prefix, @Nullable String name, Instant createdAt) {
}
