package io.reelforge.gateway.docs;

import io.reelforge.gateway.error.ProblemJson;
import io.reelforge.gateway.error.ProblemType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Documents each operation's errors as the API answers them. Every error is problem details, so every 4xx and 5xx
 * response gets the {@code ProblemDetail} schema as {@code application/problem+json} (springdoc would give them
 * the operation's success type, and 204 and 304 a body they never have). The errors every route of a kind can
 * answer are added here rather than repeated on each method: 401 (every route needs a key), 503 (Redis, or Kafka
 * where work is queued, unavailable), and for routes that read a body or a query 400, plus 413 and 415 for a body.
 * Route-specific errors (404, 409, 416, ...) stay with their routes.
 */
@Component
class ErrorResponses implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";

    @Override
    public void customise(OpenAPI openApi) {
        addSchemas(openApi, ProblemSchema.class);
        @SuppressWarnings("unchecked")
        Schema<String> code = (Schema<String>) openApi.getComponents().getSchemas().get(PROBLEM).getProperties()
                .get("code");
        code.setEnum(Arrays.stream(ProblemType.values()).map(ProblemType::code).toList());
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::document));
    }

    private void document(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean query = operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("query"::equals);
        if (body || query) {
            addIfAbsent(responses, "400", "validation (errors names each field), malformed-request (unreadable JSON,"
                    + " a fraction for a whole number, a key twice) or bad-request");
        }
        if (body) {
            addIfAbsent(responses, "413", "body_too_large: the body is over the gateway's limit (1 MiB by default)");
            addIfAbsent(responses, "415", "The body is not application/json");
        }
        addIfAbsent(responses, "401", "No API key, or an unknown or revoked one (the admin routes want the admin"
                + " key)").addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, header("The Bearer challenge", typed("string")));
        addIfAbsent(responses, "503", "A store the gateway needs (Redis, or Kafka for a route that queues work) is"
                + " unavailable; nothing was done. Try again after Retry-After");
        responses.forEach((status, response) -> {
            if (status.equals("204") || status.equals("304")) {
                response.setContent(null); // no body, by definition; springdoc gives them the route's return type
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(ProblemJson.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                if (List.of("409", "429", "503").contains(status)) {
                    response.addHeaderObject(HttpHeaders.RETRY_AFTER, header("Seconds to wait before trying again",
                            typed("integer").minimum(BigDecimal.ONE)));
                }
            }
        });
    }

    private static ApiResponse addIfAbsent(ApiResponses responses, String status, String description) {
        return responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }

    /** A schema of one type, written as OpenAPI 3.0 and 3.1 each want it. */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        return schema.type(type).types(Set.of(type));
    }

    /** The schemas of {@code type} and of the types it uses, as springdoc resolves the controllers' own. */
    private static void addSchemas(OpenAPI openApi, Class<?> type) {
        ModelConverters converters = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31);
        ResolvedSchema resolved = converters.readAllAsResolvedSchema(type);
        for (Map.Entry<String, Schema> referenced : resolved.referencedSchemas.entrySet()) {
            openApi.getComponents().addSchemas(referenced.getKey(), referenced.getValue());
        }
    }
}
