package io.reelforge.gateway.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reelforgeOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Reelforge API")
                .version("v1")
                .description("""
                        Turns product pages into short narrated video ads. Every route that starts work answers \
                        202 Accepted with the job and a Location to poll; errors are RFC 9457 problem details \
                        with a stable type and code."""));
    }
}
