package io.reelforge.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API keys. A key is {@code rk_} and 43 URL-safe characters (256 random bits): the fixed prefix
 * lets secret scanners spot a leaked one, and with that much entropy a plain SHA-256 is a safe way to store it
 * (no salt or slow hash needed: there is nothing to guess).
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "rk_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value looks like one of our keys at all (cheap check before any lookup). */
    public static boolean looksLikeKey(String value) {
        return value.startsWith(PREFIX) && value.length() >= PREFIX.length() + 32 && value.length() <= 200
                && value.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    /** What may be shown of a key: the prefix and a few characters. */
    public static String shownPart(String key) {
        return key.substring(0, PREFIX.length() + SHOWN_CHARS);
    }

    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Compares two secrets in time independent of where they differ. */
    public static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(sha256(presented), sha256(expected));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
