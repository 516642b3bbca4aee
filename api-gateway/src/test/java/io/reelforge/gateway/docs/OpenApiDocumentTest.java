package io.reelforge.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.RunningGateway;
import io.reelforge.gateway.error.ProblemType;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is valid for the tools clients generate code with (swagger-parser, which reads it as
 * client generators do), and documents every error the way the API answers it. The document is also left in
 * {@code target/openapi.json} for {@code api-gateway/lint-openapi.sh} (Redocly).
 */
class OpenApiDocumentTest extends RunningGateway {

    private static final Path SERVED = Path.of("target", "openapi.json");

    private String document;
    private OpenAPI openApi;

    @BeforeEach
    void readTheServedDocument() throws IOException {
        document = anonymous().get("/v3/api-docs").body();
        Files.writeString(SERVED, document);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        openApi = result.getOpenAPI();
        assertThat(openApi).isNotNull();
    }

    @Test
    void swaggerParserReadsItWithoutAMessage() {
        assertThat(openApi.getOpenapi()).startsWith("3.1");
        assertThat(openApi.getPaths()).containsKeys("/api/v1/videos", "/api/v1/jobs/{id}/events");
    }

    @Test
    void everyOperationDocumentsItsClientErrorsAndServiceUnavailable() {
        operations().forEach((name, operation) -> {
            assertThat(operation.getResponses().keySet()).as(name).anyMatch(status -> status.startsWith("4"))
                    .contains("401", "503").anyMatch(status -> status.startsWith("2"));
            if (operation.getRequestBody() != null) {
                assertThat(operation.getResponses().keySet()).as(name).contains("400", "413", "415");
            }
        });
    }

    @Test
    void everyErrorIsAProblemDetailsResponse() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                assertThat(response.getContent()).as(name + " " + status).containsOnlyKeys("application/problem+json");
                assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                        .as(name + " " + status).isEqualTo("#/components/schemas/ProblemDetail");
            }
        }));
        Schema<?> problem = openApi.getComponents().getSchemas().get("ProblemDetail");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "code",
                "errors");
        assertThat(problem.getProperties().get("code").getEnum()).map(String::valueOf)
                .containsAll(Arrays.stream(ProblemType.values()).map(ProblemType::code).toList());
    }

    @Test
    void answersWithoutABodyDocumentNone() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (status.equals("204") || status.equals("304")) {
                assertThat(response.getContent()).as(name + " " + status).isNull();
            }
        }));
        assertThat(openApi.getPaths().get("/api/v1/jobs/{id}/events").getGet().getResponses()).containsKey("204");
    }

    @Test
    void everyResponseHeaderHasASchema() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((header, value) -> assertThat(value.getSchema())
                        .as(name + " " + status + " " + header).isNotNull());
            }
        }));
        ApiResponse accepted = openApi.getPaths().get("/api/v1/generate-script").getPost().getResponses().get("202");
        assertThat(accepted.getHeaders()).containsKeys("Location", "Retry-After");
    }

    @Test
    void patternsAreEcmaScriptRegularExpressions() {
        List<String> patterns = new ArrayList<>();
        openApi.getComponents().getSchemas().values().forEach(schema -> collectPatterns(schema, patterns));

        assertThat(patterns).isNotEmpty();
        // JSON Schema patterns are ECMA-262: it has no inline flags such as (?i), which Java's regexes accept
        assertThat(patterns).noneMatch(pattern -> pattern.contains("(?"));
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> operations.put(method + " " + path, operation)));
        assertThat(operations).hasSizeGreaterThan(15);
        return operations;
    }

    private static void collectPatterns(Schema<?> schema, List<String> patterns) {
        if (schema.getPattern() != null) {
            patterns.add(schema.getPattern());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectPatterns(property, patterns));
        }
        if (schema.getItems() != null) {
            collectPatterns(schema.getItems(), patterns);
        }
    }
}
