package io.reelforge.standalone.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * There is no Kubernetes cluster where Reelforge is built, so its manifests are checked here against the
 * applications themselves, as {@code DockerComposeTest} does for compose: every document parses into its
 * Kubernetes model with no field the API would refuse, and ports, probes, environment, Kafka and Redis settings,
 * labels and selectors agree with what the services read. Each check runs on the base as written and, where
 * kubectl is installed, on the example overlay as {@code kubectl kustomize} builds it.
 */
class KubernetesManifestsTest {

    private static final String SECRET = "reelforge-secrets";
    private static final String CONSUMER_PROPERTY = "SPRING_KAFKA_CONSUMER_PROPERTIES_";
    /** What only the operator's Secret may hold; each service reads some of them. */
    private static final List<String> SECRET_VARIABLES = List.of("REELFORGE_ADMIN_KEY", "OPENAI_API_KEY",
            "SPRING_DATA_REDIS_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");

    static Stream<Manifests> manifests() {
        return ManifestSources.all();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void eachServiceRunsFromTheImageOfItsOwnModule(Manifests manifests) throws IOException {
        String version = ManifestSources.projectVersion();
        for (String service : ServiceSettings.SERVICES) {
            String image = manifests.workload(service).container().getImage();
            assertThat(image).as("%s's image", service).endsWith("/" + service + ":" + version);
            assertThat(Manifests.ROOT.resolve(service).resolve("pom.xml")).exists();
        }
        assertThat(Files.readString(Manifests.ROOT.resolve("Dockerfile"))).contains("-pl ${MODULE}");
        assertThat(manifests.workloads()).hasSize(ServiceSettings.SERVICES.size());
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void eachServiceListensAndIsProbedOnTheApplicationsOwnPort(Manifests manifests) {
        for (String service : ServiceSettings.SERVICES) {
            Workload workload = manifests.workload(service);
            Container container = workload.container();
            ConfigurableEnvironment settings = workload.settings(manifests, service + "-0");
            int port = settings.getProperty("server.port", Integer.class, 8080);
            assertThat(container.getPorts()).as("%s's port: server.port in %s.yml", service, service).singleElement()
                    .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(port));
            assertThat(probe(workload, container.getStartupProbe())).isEqualTo(port + " /actuator/health/liveness");
            assertThat(probe(workload, container.getLivenessProbe())).isEqualTo(port + " /actuator/health/liveness");
            assertThat(probe(workload, container.getReadinessProbe())).isEqualTo(port + " /actuator/health/readiness");
            assertThat(workload.template().getMetadata().getAnnotations()).as("%s's scrape annotations", service)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(port))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
        }
    }

    private static String probe(Workload workload, Probe probe) {
        assertThat(probe).as("%s's probes", workload.name()).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        return workload.port(get.getPort()) + " " + get.getPath();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void everyVariableNamesASettingItsServiceReads(Manifests manifests) {
        for (String service : ServiceSettings.SERVICES) {
            for (String variable : manifests.workload(service).environment(manifests, service + "-0").keySet()) {
                boolean read = ServiceSettings.reads(service, variable) || RUNTIME_VARIABLES.containsKey(variable);
                assertThat(read).as("%s is read by %s", variable, service).isTrue();
            }
        }
    }

    /** Variables read by what runs the application, not by the application: each with its reader. */
    private static final Map<String, String> RUNTIME_VARIABLES = Map.of(
            "JAVA_TOOL_OPTIONS", "the JVM",
            "MALLOC_MMAP_THRESHOLD_", "glibc (media-worker/README.md, Memory)",
            "AWS_ACCESS_KEY_ID", "the AWS SDK's default credentials chain",
            "AWS_SECRET_ACCESS_KEY", "the AWS SDK's default credentials chain");

    @ParameterizedTest
    @MethodSource("manifests")
    void secretsComeOnlyFromTheOperatorsSecretUnderTheirOwnNames(Manifests manifests) throws IOException {
        String readme = Files.readString(Manifests.KUBERNETES.resolve("README.md"));
        for (Workload workload : manifests.workloads()) {
            for (EnvVar variable : Objects.requireNonNullElse(workload.container().getEnv(), List.<EnvVar>of())) {
                boolean secret = SECRET_VARIABLES.contains(variable.getName());
                var ref = variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef();
                assertThat(ref != null).as("%s of %s from a Secret", variable.getName(), workload.name())
                        .isEqualTo(secret);
                if (ref != null) {
                    assertThat(ref.getName()).isEqualTo(SECRET);
                    assertThat(ref.getKey()).isEqualTo(variable.getName());
                    assertThat(readme).as("the README tells the operator to create %s", ref.getKey())
                            .contains("`" + ref.getKey() + "`");
                }
            }
        }
        assertThat(manifests.named(ConfigMap.class, Workload.SHARED_CONFIG).getData().keySet())
                .doesNotContainAnyElementsOf(SECRET_VARIABLES);
        var adminKey = manifests.workload("api-gateway").container().getEnv().stream()
                .filter(variable -> variable.getName().equals("REELFORGE_ADMIN_KEY")).findFirst().orElseThrow();
        assertThat(adminKey.getValueFrom().getSecretKeyRef().getOptional())
                .as("the gateway refuses to start without its admin key").isNotEqualTo(true);
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void everyServiceReachesTheSharedKafkaAndRedis(Manifests manifests) {
        String kafka = manifests.sharedSetting("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        for (String service : ServiceSettings.SERVICES) {
            Binder binder = Binder.get(manifests.workload(service).settings(manifests, service + "-0"));
            assertThat(binder.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class)).get())
                    .as("%s's Kafka", service).containsExactly(kafka.split(","));
            assertThat(binder.bind("spring.data.redis.url", String.class).get())
                    .as("%s's Redis", service).isEqualTo("<secret " + SECRET + "/SPRING_DATA_REDIS_URL>");
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void workersAreStatefulSetsWhosePodNamesAreTheirStaticGroupMemberIds(Manifests manifests) {
        for (String worker : List.of("scraper-worker", "script-worker", "media-worker")) {
            Workload workload = manifests.workload(worker);
            assertThat(workload.kind()).isEqualTo("StatefulSet");
            Map<String, String> environment = workload.environment(manifests, worker + "-3");
            ConfigurableEnvironment settings = ServiceSettings.environment(worker, environment);
            // what StaticMembership reads, and the consumer properties Spring Boot hands to Kafka
            assertThat(settings.getProperty("spring.kafka.consumer.properties.group.instance.id")).isEqualTo(worker + "-3");
            Map<String, String> consumer = Binder.get(settings)
                    .bind("spring.kafka.consumer.properties", Bindable.mapOf(String.class, String.class)).get();
            assertThat(consumer).containsEntry("group.instance.id", worker + "-3").containsKey("session.timeout.ms");
            for (String variable : environment.keySet()) {
                if (variable.startsWith(CONSUMER_PROPERTY)) {
                    String kafkaName = variable.substring(CONSUMER_PROPERTY.length()).toLowerCase(Locale.ROOT)
                            .replace('_', '.');
                    assertThat(ConsumerConfig.configNames()).as("%s names a Kafka consumer setting", variable)
                            .contains(kafkaName);
                }
            }
        }
        assertThat(manifests.workload("api-gateway").environment(manifests, "api-gateway-x"))
                .as("the gateway's pods have no stable names to be static members under")
                .doesNotContainKey("SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID");
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void servicesAndBudgetsSelectTheirOwnWorkloadsPods(Manifests manifests) {
        for (Workload workload : manifests.workloads()) {
            assertThat(workload.podLabels()).as("%s's pods carry its selector", workload.name())
                    .containsAllEntriesOf(workload.selector().getMatchLabels());
            for (var spread : Objects.requireNonNullElse(workload.template().getSpec().getTopologySpreadConstraints(),
                    List.<io.fabric8.kubernetes.api.model.TopologySpreadConstraint>of())) {
                assertThat(workload.podLabels()).containsAllEntriesOf(spread.getLabelSelector().getMatchLabels());
            }
            PodDisruptionBudget budget = manifests.named(PodDisruptionBudget.class, workload.name());
            assertThat(selected(manifests, budget.getSpec().getSelector().getMatchLabels()))
                    .containsExactly(workload.name());
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
            if (workload.serviceName() != null) {
                Service governing = manifests.named(Service.class, workload.serviceName());
                assertThat(governing.getSpec().getClusterIP()).as("a StatefulSet's governing Service is headless")
                        .isEqualTo("None");
            }
        }
        for (Service service : manifests.all(Service.class)) {
            assertThat(selected(manifests, service.getSpec().getSelector()))
                    .containsExactly(service.getMetadata().getName());
            Workload workload = manifests.workload(service.getMetadata().getName());
            for (var port : service.getSpec().getPorts()) {
                assertThat(workload.port(port.getTargetPort())).isEqualTo(port.getPort());
            }
        }
    }

    private static List<String> selected(Manifests manifests, Map<String, String> selector) {
        return manifests.workloads().stream().filter(w -> w.podLabels().entrySet().containsAll(selector.entrySet()))
                .map(Workload::name).toList();
    }
}
