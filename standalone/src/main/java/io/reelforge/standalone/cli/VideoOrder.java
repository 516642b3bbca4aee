package io.reelforge.standalone.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line asks the gateway for: a product page, the video's length and the options the user gave.
 */
record VideoOrder(String url, int durationSeconds, RenderChoices choices) {

    static VideoOrder of(String url, int durationSeconds) {
        return new VideoOrder(url, durationSeconds, RenderChoices.NONE);
    }

    /** The body of {@code POST /api/v1/videos}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("durationSeconds", durationSeconds);
        choices.putInto(body);
        return body;
    }
}
