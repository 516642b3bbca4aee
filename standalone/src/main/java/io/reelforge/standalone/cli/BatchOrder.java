package io.reelforge.standalone.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A batch as the command line asks for it: the source, the options every item gets (an option left out is left to
 * the gateway and the workers), and the batch's own settings.
 *
 * @param nonce makes the order differ from an identical earlier one ({@code --new-batch}); null to find that one
 */
record BatchOrder(BatchSource source, Defaults defaults, boolean includeOutOfStock, @Nullable String name,
        @Nullable String nonce) {

    /** The options of every item's video, by their API names. */
    record Defaults(@Nullable Integer durationSeconds, RenderChoices choices) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            putIfSet(map, "durationSeconds", durationSeconds);
            choices.putInto(map);
            return map;
        }
    }

    /** The batch's settings as query parameters, for an uploaded feed (the body is the feed itself). */
    String query() {
        Map<String, Object> parameters = flat();
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** {@code POST /api/v1/batches} as JSON, for a feed the gateway fetches. */
    Map<String, Object> jsonBody(String feedUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedUrl", feedUrl);
        Map<String, Object> options = defaults.asMap();
        if (!options.isEmpty()) {
            body.put("defaults", options);
        }
        body.putAll(batchSettings());
        return body;
    }

    /**
     * The same source (the file's bytes or the URL) with the same options gives the same key, so running the
     * command again, after an answer was lost or to follow a batch again, finds the batch instead of making one
     * more (for as long as the gateway remembers keys: a day by default).
     */
    String idempotencyKey() {
        StringBuilder canonical = new StringBuilder(source.fingerprint());
        flat().forEach((k, v) -> canonical.append('\n').append(k).append('=').append(v));
        if (nonce != null) {
            canonical.append("\nnonce=").append(nonce);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "reelforge-batch-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Every option and setting by its API name, in a fixed order. */
    private Map<String, Object> flat() {
        Map<String, Object> flat = defaults.asMap();
        flat.putAll(batchSettings());
        return flat;
    }

    private Map<String, Object> batchSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (includeOutOfStock) {
            settings.put("includeOutOfStock", true);
        }
        putIfSet(settings, "name", name);
        return settings;
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
