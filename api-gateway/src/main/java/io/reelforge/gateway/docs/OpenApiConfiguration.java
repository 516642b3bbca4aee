package io.reelforge.gateway.docs;

import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.VideoFormatName;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.auth.Identity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The title and description of the OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String API_KEY = "apiKey";
    private static final String FORMAT = "format";

    static {
        // the caller comes from the Authorization header, not from the request: keep it out of the parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Identity.class)
                // an event stream is text on the wire, not the emitter object that writes it
                .replaceWithSchema(SseEmitter.class, new StringSchema());
    }

    @Bean
    OpenAPI reelforgeOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Reelforge API")
                .version("v1")
                .description("""
                        Turns product pages into short narrated video ads. Every route that starts work answers \
                        202 Accepted with the job and a Location to poll; errors are RFC 9457 problem details \
                        with a stable type and code. Authenticate with Authorization: Bearer rk_..."""))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key, rk_...")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    /** The values of the job listing's filters, from the enums the gateway validates them against. */
    @Bean
    OpenApiCustomizer jobFilterValues() {
        return openApi -> {
            PathItem jobs = openApi.getPaths().get(ApiPaths.JOBS);
            if (jobs == null || jobs.getGet() == null || jobs.getGet().getParameters() == null) {
                return;
            }
            for (Parameter parameter : jobs.getGet().getParameters()) {
                List<String> values = switch (parameter.getName()) {
                    case "state" -> Arrays.stream(JobStatus.values()).map(JobStatus::wireName).toList();
                    case "kind" -> Arrays.stream(JobKind.values()).map(JobKind::wireName).toList();
                    default -> List.of();
                };
                if (!values.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    Schema<String> schema = (Schema<String>) parameter.getSchema();
                    schema.setEnum(new ArrayList<>(values));
                }
            }
        };
    }

    /** The allowed video formats, from the one list the gateway validates against and the workers render. */
    @Bean
    OpenApiCustomizer videoFormatNames() {
        return openApi -> {
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                if (schema.getProperties() != null && schema.getProperties().get(FORMAT) != null) {
                    @SuppressWarnings("unchecked")
                    Schema<String> format = (Schema<String>) schema.getProperties().get(FORMAT);
                    format.setEnum(new ArrayList<>(VideoFormatName.wireNames()));
                }
            }
        };
    }
}
