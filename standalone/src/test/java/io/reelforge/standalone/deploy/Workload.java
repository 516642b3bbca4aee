package io.reelforge.standalone.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A Deployment or a StatefulSet, seen the same way: what runs (its one container, named after the service), under
 * which labels, and with which environment.
 */
record Workload(String kind, String name, LabelSelector selector, PodTemplateSpec template, @Nullable Integer replicas,
        @Nullable String serviceName) {

    /** The ConfigMap every service loads whole (base/config.yaml). */
    static final String SHARED_CONFIG = "reelforge-config";

    static Workload of(Deployment deployment) {
        var spec = deployment.getSpec();
        return new Workload("Deployment", deployment.getMetadata().getName(), spec.getSelector(), spec.getTemplate(),
                spec.getReplicas(), null);
    }

    static Workload of(StatefulSet statefulSet) {
        var spec = statefulSet.getSpec();
        return new Workload("StatefulSet", statefulSet.getMetadata().getName(), spec.getSelector(),
                spec.getTemplate(), spec.getReplicas(), spec.getServiceName());
    }

    Container container() {
        var containers = template.getSpec().getContainers();
        if (containers.size() != 1 || !containers.getFirst().getName().equals(name)) {
            throw new AssertionError(name + " should run one container, named " + name + ", not " + containers);
        }
        return containers.getFirst();
    }

    Map<String, String> podLabels() {
        return template.getMetadata().getLabels();
    }

    /** The container port a probe or a Service names, by number or by name. */
    int port(IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container().getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no port named " + port.getStrVal()));
    }

    /**
     * The container's environment as its process sees it: the ConfigMaps it loads, then its own variables, which
     * win. A secret stands as {@code <secret NAME/KEY>} (its value is the operator's); the pod's own name (the
     * downward API) as {@code podName}.
     */
    Map<String, String> environment(Manifests manifests, String podName) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : Objects.requireNonNullElse(container().getEnvFrom(), List.<EnvFromSource>of())) {
            String configMap = source.getConfigMapRef().getName();
            environment.putAll(manifests.named(ConfigMap.class, configMap).getData());
        }
        for (EnvVar variable : Objects.requireNonNullElse(container().getEnv(), List.<EnvVar>of())) {
            environment.put(variable.getName(), value(variable, podName));
        }
        return environment;
    }

    /** The settings the service in this pod runs with: {@link #environment} bound as Spring Boot binds it. */
    ConfigurableEnvironment settings(Manifests manifests, String podName) {
        return ServiceSettings.environment(name, environment(manifests, podName));
    }

    private String value(EnvVar variable, String podName) {
        if (variable.getValueFrom() == null) {
            return variable.getValue();
        }
        var from = variable.getValueFrom();
        if (from.getSecretKeyRef() != null) {
            return "<secret " + from.getSecretKeyRef().getName() + "/" + from.getSecretKeyRef().getKey() + ">";
        }
        if (from.getFieldRef() != null && "metadata.name".equals(from.getFieldRef().getFieldPath())) {
            return podName;
        }
        throw new AssertionError(name + ": " + variable.getName() + " comes from an unexpected source " + from);
    }
}
