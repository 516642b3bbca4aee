package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.standalone.deploy.ServiceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on every machine that builds Reelforge, so the compose file is checked here against
 * the applications themselves: services, images built from this repository, ports, addresses and settings (bound
 * from each service's environment as Spring Boot binds them), and the MinIO bucket the artifacts go to.
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
    void composeRunsKafkaRedisMinioAndTheFourServices() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKeys("kafka", "redis", "minio", "minio-init");
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

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "media-worker"})
    void theGatewayAndTheMediaWorkersKeepArtifactsInTheBucketMinioInitMakes(String name) throws IOException {
        ReelforgeProperties.Artifacts artifacts = settings(name).artifacts();

        assertThat(artifacts.store()).isEqualTo(ReelforgeProperties.StoreKind.S3);
        URI endpoint = artifacts.s3().endpoint();
        assertThat(endpoint).isNotNull();
        assertThat(String.valueOf(service(endpoint.getHost()).get("image"))).startsWith("minio/minio:");
        assertThat(endpoint.getPort()).as("MinIO's API port").isEqualTo(9000);
        assertThat(artifacts.s3().pathStyle()).isTrue();
        assertThat(minioInitScript()).contains("mc alias set local " + endpoint + " ",
                "mc mb --ignore-existing local/" + artifacts.s3().bucket() + "\n");
        assertThat(service(name)).as("no shared volume any more").doesNotContainKey("volumes");
    }

    @Test
    void theGatewayAndTheMediaWorkersUseTheSameBucketAndPrefix() throws IOException {
        assertThat(settings("api-gateway").artifacts().s3()).isEqualTo(settings("media-worker").artifacts().s3());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "media-worker"})
    void theServicesSignInAsMinioRootUserWhosePasswordComesFromTheEnvironment(String name) throws IOException {
        Map<String, Object> env = environment(name);
        Map<String, Object> minio = environment("minio");

        assertThat(env.get("AWS_ACCESS_KEY_ID")).isEqualTo(minio.get("MINIO_ROOT_USER"));
        assertThat(env.get("AWS_SECRET_ACCESS_KEY")).isEqualTo(minio.get("MINIO_ROOT_PASSWORD"));
        assertThat(String.valueOf(minio.get("MINIO_ROOT_PASSWORD"))).startsWith("${MINIO_ROOT_PASSWORD:?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "media-worker"})
    @SuppressWarnings("unchecked")
    void theBucketIsMadeBeforeTheServicesStart(String name) throws IOException {
        Map<String, Object> dependsOn = (Map<String, Object>) service(name).get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("minio-init"))
                .containsEntry("condition", "service_completed_successfully");
        Map<String, Object> initDependsOn = (Map<String, Object>) service("minio-init").get("depends_on");
        assertThat((Map<String, Object>) initDependsOn.get("minio")).containsEntry("condition", "service_healthy");
    }

    @Test
    void theBucketsLifecycleRuleExpiresTheArtifactsAfterTheJobsRetention() throws IOException {
        ReelforgeProperties settings = settings("api-gateway");
        Matcher rule = Pattern.compile("\"Filter\": \\{\"Prefix\": \"([^\"]*)\"}, \"Expiration\": \\{\"Days\": (\\d+)}")
                .matcher(minioInitScript());

        assertThat(rule.find()).as("an expiration rule in minio-init").isTrue();
        assertThat(rule.group(1)).isEqualTo(settings.artifacts().s3().prefix());
        assertThat(Duration.ofDays(Long.parseLong(rule.group(2)))).isGreaterThan(settings.jobs().retention());
    }

    @Test
    void theGatewayStreamsDownloadsForPresignedUrlsWouldNameAHostOnlyTheContainersKnow() throws IOException {
        assertThat(settings("api-gateway").artifacts().download()).isEqualTo(ReelforgeProperties.Download.STREAM);
    }

    @SuppressWarnings("unchecked")
    private static String minioInitScript() throws IOException {
        return String.join("\n", (List<String>) service("minio-init").get("command"));
    }

    /** The shared settings a service gets from its compose environment, bound as Spring Boot binds them. */
    private static ReelforgeProperties settings(String name) throws IOException {
        Map<String, Object> variables = new HashMap<>();
        environment(name).forEach((key, value) -> variables.put(key, String.valueOf(value)));
        var source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("reelforge",
                ReelforgeProperties.class);
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
