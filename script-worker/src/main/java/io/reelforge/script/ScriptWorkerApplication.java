package io.reelforge.script;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The script worker as its own process: consumes script requests, writes scripts, hands jobs on to rendering. */
@SpringBootApplication
public class ScriptWorkerApplication {

    public static final String NAME = "script-worker";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file name, so it can share a JVM with the other services. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ScriptWorkerApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.config.name", NAME, "spring.application.name", NAME));
    }
}
