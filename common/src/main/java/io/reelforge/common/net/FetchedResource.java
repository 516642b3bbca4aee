package io.reelforge.common.net;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A fetched response: the final URL after redirects, the status, the media type, the (decoded) body and the
 * response headers (names case-insensitive).
 */
public record FetchedResource(URI uri, int status, @Nullable String contentType, byte[] body,
        Map<String, List<String>> headers) {

    public FetchedResource {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    public FetchedResource(URI uri, int status, @Nullable String contentType, byte[] body) {
        this(uri, status, contentType, body, Map.of());
    }

    /** The first value of a response header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** How long the server asked us to wait ({@code Retry-After} in seconds or as an HTTP date), if it did. */
    public Optional<Duration> retryAfter(Instant now) {
        return header("Retry-After").map(String::trim).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The media type without parameters, lower case; empty when the server sent none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset named in the Content-Type header, if any. */
    public Optional<Charset> headerCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public String text() {
        return new String(body, headerCharset().orElse(StandardCharsets.UTF_8));
    }
}
