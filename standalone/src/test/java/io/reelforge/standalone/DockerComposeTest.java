package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.standalone.deploy.ServiceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on every machine that builds Reelforge, so the compose file is checked here against
 * the applications themselves: services, images built from this repository, ports, addresses and settings.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("api-gateway", "scraper-worker", "script-worker", "media-worker");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) throws IOException {
        return (Map<String, Object>) service(name).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> moduleConfig(String module) throws IOException {
        try (InputStream in = DockerComposeTest.class.getResourceAsStream("/" + module + ".yml")) {
            assertThat(in).as("%s.yml on the classpath", module).isNotNull();
            Map<String, Object> loaded = new Yaml().load(in);
            return loaded == null ? Map.of() : loaded;
        }
    }

    @Test
    void composeRunsKafkaRedisAndTheFourServices() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKeys("kafka", "redis");
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "scraper-worker", "script-worker", "media-worker"})
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltFromThisRepositorysDockerfileForItsOwnModule(String name) throws IOException {
        Map<String, Object> build = (Map<String, Object>) service(name).get("build");
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(name);
        assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("-pl ${MODULE}", "${MODULE}/target/${MODULE}-*-exec.jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "scraper-worker", "script-worker", "media-worker"})
    void eachServiceReachesTheComposeKafkaAndRedis(String name) throws IOException {
        Map<String, Object> env = environment(name);
        String advertised = String.valueOf(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"));
        assertThat(advertised).contains("//" + env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        assertThat(String.valueOf(env.get("SPRING_DATA_REDIS_URL"))).isEqualTo("redis://redis:6379");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayPublishesItsConfiguredPort() throws IOException {
        Map<String, Object> server = (Map<String, Object>) moduleConfig("api-gateway").get("server");
        int configured = server == null ? 8080 : (Integer) server.getOrDefault("port", 8080);
        assertThat(configured).isEqualTo(8080);
        List<String> ports = (List<String>) service("api-gateway").get("ports");
        assertThat(ports).contains(configured + ":" + configured);
        assertThat(environment("api-gateway").get("SERVER_PORT")).isEqualTo(configured);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayAndTheMediaWorkersShareTheArtifactVolumeAtTheConfiguredRoot() throws IOException {
        for (String name : List.of("api-gateway", "media-worker")) {
            String root = String.valueOf(environment(name).get("REELFORGE_ARTIFACTS_ROOT"));
            assertThat((List<String>) service(name).get("volumes")).contains("artifacts:" + root);
        }
        assertThat((Map<String, Object>) compose().get("volumes")).containsKey("artifacts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "scraper-worker", "script-worker", "media-worker"})
    void everyReelforgeVariableNamesARealSetting(String name) throws IOException {
        String config = moduleConfigText(name);
        for (String variable : environment(name).keySet()) {
            if (variable.startsWith("REELFORGE_")) {
                boolean read = ServiceSettings.bindsTo(variable, ReelforgeProperties.class) || config.contains("${" + variable);
                assertThat(read).as("%s is read by %s", variable, name).isTrue();
            }
        }
    }

    @Test
    void theGatewayRequiresAnAdminKeyAndHasNoAnonymousMode() throws IOException {
        assertThat(String.valueOf(environment("api-gateway").get("REELFORGE_ADMIN_KEY"))).startsWith("${REELFORGE_ADMIN_KEY:?");
        assertThat(environment("api-gateway")).doesNotContainKey("REELFORGE_SECURITY_ANONYMOUS");
        assertThat(service("api-gateway")).doesNotContainKey("command");
    }

    private static String moduleConfigText(String module) throws IOException {
        try (InputStream in = DockerComposeTest.class.getResourceAsStream("/" + module + ".yml")) {
            return new String(in.readAllBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"script-worker", "media-worker"})
    void theOpenAiVariablesReachTheServicesThatReadThem(String name) throws IOException {
        assertThat(environment(name)).containsKeys("OPENAI_API_KEY", "OPENAI_BASE_URL");
        try (InputStream in = DockerComposeTest.class.getResourceAsStream("/" + name + ".yml")) {
            String config = new String(in.readAllBytes());
            assertThat(config).contains("${OPENAI_API_KEY", "${OPENAI_BASE_URL");
        }
    }
}
