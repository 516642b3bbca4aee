package io.reelforge.common.net;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A fetched response: the final URL after redirects, the status, the media type and the (decoded) body. */
public record FetchedResource(URI uri, int status, @Nullable String contentType, byte[] body) {

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
