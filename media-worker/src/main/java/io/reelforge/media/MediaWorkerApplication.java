package io.reelforge.media;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The media worker: consumes render requests and turns a product and its script into a narrated MP4 and a
 * thumbnail in the artifact store. Start more of them to render more videos at once.
 */
@SpringBootApplication
@EnableConfigurationProperties(MediaProperties.class)
public class MediaWorkerApplication {

    public static final String NAME = "media-worker";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(MediaWorkerApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.config.name", NAME, "spring.application.name", NAME));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
