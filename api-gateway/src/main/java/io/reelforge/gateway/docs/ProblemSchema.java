package io.reelforge.gateway.docs;

import io.reelforge.gateway.api.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * The shape of every error answer (RFC 9457 problem details, {@code application/problem+json}), for the OpenAPI
 * document only: the answers themselves are Spring's {@code ProblemDetail}, whose extra properties Jackson writes
 * at the top level, which no Java type says.
 */
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details. Switch on code (or type); other members"
        + " (jobStatus, jobId, limit) appear where the problem has them.", additionalProperties =
        Schema.AdditionalPropertiesValue.TRUE)
record ProblemSchema(
        @Schema(description = "Identifies the problem; stable", example = "https://reelforge.dev/problems/validation",
                format = "uri", requiredMode = Schema.RequiredMode.REQUIRED) URI type,
        @Schema(description = "A short summary of the problem type", example = "Invalid request",
                requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "The HTTP status", example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
        @Schema(description = "What went wrong with this request, for people",
                example = "The request has invalid fields: url must be an http or https URL.") String detail,
        @Schema(description = "The path of the request", example = "/api/v1/videos", format = "uri-reference")
        URI instance,
        @Schema(description = "The problem type's stable code", example = "validation",
                requiredMode = Schema.RequiredMode.REQUIRED) String code,
        @Schema(description = "The fields to fix (validation and malformed-request problems)")
        List<FieldProblem> errors) {
}
