package io.reelforge.scraper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The scraper worker: one process of the {@code scraper-worker} consumer group. */
@SpringBootApplication
@EnableConfigurationProperties(ScraperProperties.class)
public class ScraperWorkerApplication {

    public static final String NAME = "scraper-worker";

    /** Defaults the launcher also relies on: this app's own configuration file name, no web server. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ScraperWorkerApplication.class)
                .properties("spring.config.name=" + NAME, "spring.application.name=" + NAME)
                .web(WebApplicationType.SERVLET);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
