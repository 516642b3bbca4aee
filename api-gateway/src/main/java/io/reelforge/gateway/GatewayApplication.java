package io.reelforge.gateway;

import io.reelforge.gateway.auth.SecurityProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The HTTP face of Reelforge: accepts jobs, answers their status and serves their files. It runs no stage itself;
 * it writes the job to Redis and hands its first stage to Kafka.
 */
@SpringBootApplication
@EnableConfigurationProperties({GatewayProperties.class, SecurityProperties.class})
public class GatewayApplication {

    public static final String NAME = "api-gateway";

    /** The application with its own configuration name, so it can share a JVM with the workers (standalone). */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + NAME, "spring.application.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
