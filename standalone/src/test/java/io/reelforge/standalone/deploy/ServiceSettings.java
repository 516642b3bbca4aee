package io.reelforge.standalone.deploy;

import io.reelforge.common.config.ReelforgeDefaults;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.auth.SecurityProperties;
import io.reelforge.media.MediaProperties;
import io.reelforge.scraper.ScraperProperties;
import io.reelforge.script.config.ScriptProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each service reads from its environment, the way Spring Boot binds it, so that deployment descriptors
 * (docker-compose.yml, the Kubernetes manifests) can be checked against the applications themselves:
 * {@code REELFORGE_*} variables bind to the service's {@code @ConfigurationProperties} records by relaxed binding
 * ({@code REELFORGE_ARTIFACTS_ROOT} is {@code reelforge.artifacts.root}), {@code SPRING_*} ones to Spring Boot's
 * own properties (from the configuration metadata its jars carry), and any variable may be a {@code ${NAME}}
 * placeholder in the service's own yml.
 */
public final class ServiceSettings {

    public static final List<String> SERVICES = List.of("api-gateway", "scraper-worker", "script-worker", "media-worker");

    private static final Map<String, List<Class<?>>> PROPERTIES = Map.of(
            "api-gateway", List.of(ReelforgeProperties.class, GatewayProperties.class, SecurityProperties.class),
            "scraper-worker", List.of(ReelforgeProperties.class, ScraperProperties.class),
            "script-worker", List.of(ReelforgeProperties.class, ScriptProperties.class),
            "media-worker", List.of(ReelforgeProperties.class, MediaProperties.class));

    private static List<BootProperty> bootProperties;

    private ServiceSettings() {
    }

    /** Whether {@code service} reads {@code variable}: a setting of its own, of Spring Boot, or a placeholder. */
    public static boolean reads(String service, String variable) {
        if (variable.startsWith("REELFORGE_")
                && PROPERTIES.get(service).stream().anyMatch(record -> bindsTo(variable, record))) {
            return true;
        }
        if (variable.startsWith("SPRING_") && isSpringBootProperty(variable)) {
            return true;
        }
        return configText(service).contains("${" + variable);
    }

    /** Relaxed binding: the variable's words after the record's prefix are a path through the record. */
    public static boolean bindsTo(String variable, Class<?> record) {
        String prefix = record.getAnnotation(ConfigurationProperties.class).value();
        List<String> words = new ArrayList<>(List.of(variable.toLowerCase(Locale.ROOT).split("_")));
        for (String part : prefix.split("\\.")) {
            if (words.isEmpty() || !words.removeFirst().equals(part.replace("-", ""))) {
                return false;
            }
        }
        Class<?> type = record;
        while (!words.isEmpty()) {
            if (type == null || !type.isRecord()) {
                return false;
            }
            Class<?> next = null;
            for (int take = words.size(); take >= 1 && next == null; take--) {
                String joined = String.join("", words.subList(0, take));
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().toLowerCase(Locale.ROOT).equals(joined)) {
                        next = component.getType();
                        words = new ArrayList<>(words.subList(take, words.size()));
                        break;
                    }
                }
            }
            if (next == null) {
                return false;
            }
            type = words.isEmpty() ? null : next;
        }
        return true;
    }

    /**
     * A Spring Boot property in either environment form Boot accepts ({@code SPRING_KAFKA_BOOTSTRAPSERVERS} or the
     * older {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}), or a key under one of its map properties
     * ({@code SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID}).
     */
    static boolean isSpringBootProperty(String variable) {
        return bootProperties().stream().anyMatch(property -> property.matches(variable));
    }

    /**
     * The settings {@code service} would run with in a process whose environment variables are {@code variables}:
     * those variables first, then its own yml, then common's defaults ({@link ReelforgeDefaults}), in Spring
     * Boot's order; placeholders resolve as in the application.
     */
    public static ConfigurableEnvironment environment(String service, Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<String, Object>(variables)));
        try {
            for (PropertySource<?> yml : new YamlPropertySourceLoader().load(service,
                    new ClassPathResource(service + ".yml"))) {
                sources.addLast(yml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new ReelforgeDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    /** The service's own configuration file (its {@code spring.config.name}), as text. */
    public static String configText(String service) {
        try (InputStream in = ServiceSettings.class.getResourceAsStream("/" + service + ".yml")) {
            if (in == null) {
                throw new IllegalStateException(service + ".yml is not on the classpath");
            }
            return new String(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized List<BootProperty> bootProperties() {
        if (bootProperties == null) {
            List<BootProperty> found = new ArrayList<>();
            JsonMapper json = JsonMapper.builder().build();
            try {
                for (URL url : Collections.list(ServiceSettings.class.getClassLoader()
                        .getResources("META-INF/spring-configuration-metadata.json"))) {
                    try (InputStream in = url.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            found.add(new BootProperty(property.path("name").asString(),
                                    property.path("type").asString("").startsWith("java.util.Map")));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bootProperties = List.copyOf(found);
        }
        return bootProperties;
    }

    private record BootProperty(String name, boolean map) {

        boolean matches(String variable) {
            String canonical = name.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
            String legacy = name.replace(".", "_").replace("-", "_").toUpperCase(Locale.ROOT);
            if (variable.equals(canonical) || variable.equals(legacy)) {
                return true;
            }
            return map && (variable.startsWith(canonical + "_") || variable.startsWith(legacy + "_"));
        }
    }
}
