package io.reelforge.standalone.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The manifests' checks are only as strict as the reading: these prove that a mistake the API server refuses fails. */
class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api-gateway
            spec:
              selector:
                matchLabels: {app: api-gateway}
              template:
                metadata:
                  labels: {app: api-gateway}
                spec:
                  containers:
                    - name: api-gateway
                      image: reelforge/api-gateway:1
                      %s
            """;

    @Test
    void aWellFormedDeploymentReadsIntoFabric8sModel() {
        List<Object> read = Manifests.parse(DEPLOYMENT.formatted("env: [{name: SERVER_PORT, value: \"8080\"}]"));

        assertThat(read).singleElement().isInstanceOfSatisfying(Deployment.class, deployment -> assertThat(
                deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().getFirst().getValue())
                .isEqualTo("8080"));
    }

    @Test
    void aMisspelledFieldFails() {
        String misspelled = DEPLOYMENT.formatted("livenesProbe: {httpGet: {path: /actuator/health/liveness, port: 8080}}");

        assertThatThrownBy(() -> Manifests.parse(misspelled)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("livenesProbe");
    }

    @Test
    void aMisspelledFieldDeepInsideFails() {
        String misspelled = DEPLOYMENT.formatted("livenessProbe: {httpGet: {pth: /actuator/health/liveness, port: 8080}}");

        assertThatThrownBy(() -> Manifests.parse(misspelled)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("pth");
    }

    @Test
    void aNumberWhereKubernetesWantsAStringFails() {
        String unquoted = DEPLOYMENT.formatted("env: [{name: REELFORGE_KAFKA_PARTITIONS, value: 6}]");

        assertThatThrownBy(() -> Manifests.parse(unquoted)).isInstanceOf(JacksonException.class);
    }

    @Test
    void aKedaFieldTheCrdDoesNotHaveFails() {
        String scaledObject = """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: media-worker}
                spec:
                  scaleTargetRef: {name: media-worker}
                  maxReplicas: 6
                  triggers: []
                """;

        assertThatThrownBy(() -> Manifests.parse(scaledObject)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("maxReplicas");
    }

    @Test
    void aKafkaTriggerKeyTheScalerDoesNotKnowFails() {
        var trigger = new ScaledObject.Trigger("kafka", null,
                Map.of("consumerGroup", "media-worker", "lagTreshold", "1"), null, null, null);

        assertThatThrownBy(trigger::kafka).isInstanceOf(JacksonException.class).hasMessageContaining("lagTreshold");
    }

    @Test
    void aKindWithoutAModelFails() {
        String ingress = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: api-gateway}
                """;

        assertThatThrownBy(() -> Manifests.parse(ingress)).hasMessageContaining("networking.k8s.io/v1/Ingress");
    }
}
