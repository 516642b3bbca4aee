package io.reelforge.gateway.error;

import io.reelforge.common.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details as RFC 9457 JSON, for the places that answer outside Spring MVC's message converters: the
 * Tomcat valve, the error page, servlet filters. The extra properties ({@code code}, {@code errors}, ...) sit at
 * the top level beside the standard members, as Spring MVC writes them.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = Json.mapper();

    private ProblemJson() {
    }

    public static String write(ProblemDetail problem) {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        members.put("instance", problem.getInstance());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        members.values().removeIf(Objects::isNull);
        return JSON.writeValueAsString(members);
    }
}
