package io.reelforge.standalone.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command line asks the gateway for: a product page and the options the user gave; an option left out
 * is left to the gateway and the workers' settings.
 *
 * @param format a video format name ({@code 9:16}, {@code 1:1}, ...)
 * @param captions burn captions in or not
 * @param musicUrl background music, an http(s) URL
 */
record VideoOrder(String url, int durationSeconds, @Nullable String format, @Nullable Boolean captions,
        @Nullable String musicUrl) {

    static VideoOrder of(String url, int durationSeconds) {
        return new VideoOrder(url, durationSeconds, null, null, null);
    }

    /** The body of {@code POST /api/v1/videos}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("durationSeconds", durationSeconds);
        if (format != null) {
            body.put("format", format);
        }
        if (captions != null) {
            body.put("captions", captions);
        }
        if (musicUrl != null) {
            body.put("musicUrl", musicUrl);
        }
        return body;
    }
}
