package io.reelforge.standalone.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests of {@code deploy/kubernetes}, each document read into its model class by
 * {@link StrictModel}: fabric8's classes for Kubernetes' own kinds, {@link ScaledObject} for KEDA's and
 * {@link Kustomization} for Kustomize's. A kind this table does not know fails: a new kind in the manifests gets
 * its class here, so that it is checked too. YAML is read by SnakeYAML with YAML 1.1's scalars, as kubectl's
 * parser does ({@code yes} is a boolean there too).
 */
final class Manifests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path EXAMPLE = KUBERNETES.resolve("overlays/example");

    private static final Map<String, Class<?>> TYPES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "keda.sh/v1alpha1/ScaledObject", ScaledObject.class,
            "kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class);

    private final String source;
    private final List<Object> resources;

    private Manifests(String source, List<Object> resources) {
        this.source = source;
        this.resources = List.copyOf(resources);
    }

    /** The resources a base kustomization lists, each file read as it is. */
    static Manifests base() {
        List<Object> resources = new ArrayList<>();
        for (String file : kustomization(BASE).resources()) {
            resources.addAll(read(BASE.resolve(file)));
        }
        return new Manifests("base", resources);
    }

    /** What {@code kubectl kustomize} makes of an overlay: every patch applied, as {@code kubectl apply -k} sends. */
    static Manifests built(Path overlay) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).start();
            byte[] out = kubectl.getInputStream().readAllBytes();
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + err);
            }
            String source = "kubectl kustomize " + ROOT.relativize(overlay);
            try {
                return new Manifests(source, parse(new String(out, StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether kubectl (with its built-in Kustomize) is on this machine's PATH. */
    static boolean kubectlAvailable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
    }

    static Kustomization kustomization(Path dir) {
        return (Kustomization) read(dir.resolve("kustomization.yaml")).getFirst();
    }

    /** Every document of a file, each in its model class. */
    static List<Object> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(ROOT.relativize(file) + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> parse(String yaml) {
        List<Object> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                Map<String, Object> fields = (Map<String, Object>) document;
                String type = fields.get("apiVersion") + "/" + fields.get("kind");
                Class<?> model = TYPES.get(type);
                if (model == null) {
                    throw new IllegalArgumentException("no model for " + type + ": add its class to Manifests.TYPES");
                }
                documents.add(StrictModel.read(fields, model));
            }
        }
        return documents;
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(source + " has no " + type.getSimpleName() + " " + name));
    }

    /** The Deployments and StatefulSets. */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(deployment -> workloads.add(Workload.of(deployment)));
        all(StatefulSet.class).forEach(statefulSet -> workloads.add(Workload.of(statefulSet)));
        return workloads;
    }

    Workload workload(String name) {
        return workloads().stream().filter(workload -> workload.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(source + " has no workload " + name));
    }

    /** A key of the shared ConfigMap, as every service that loads it sees it. */
    String sharedSetting(String key) {
        return named(ConfigMap.class, Workload.SHARED_CONFIG).getData().get(key);
    }

    @Override
    public String toString() {
        return source;
    }
}
