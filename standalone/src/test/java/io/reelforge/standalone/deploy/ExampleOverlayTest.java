package io.reelforge.standalone.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The overlay's own files, without kubectl: every manifest file is used by a kustomization, and each patch and
 * image override names something the base has (Kustomize would otherwise fail, or silently add a resource). Where
 * kubectl is installed, the overlay is also built, and {@link KubernetesManifestsTest} and {@link KedaScalingTest}
 * check what it builds.
 */
class ExampleOverlayTest {

    @Test
    void everyManifestFileIsReadStrictlyAndUsedByAKustomization() throws IOException {
        Set<Path> used = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Manifests.KUBERNETES)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).toList();
        }
        for (Path file : files) {
            assertThat(Manifests.read(file)).as("%s", file).isNotEmpty();
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                used.add(file);
                Kustomization kustomization = Manifests.kustomization(file.getParent());
                for (String resource : kustomization.resources()) {
                    Path target = file.getParent().resolve(resource).normalize();
                    assertThat(target).as("a resource of %s", file).exists();
                    used.add(Files.isDirectory(target) ? target.resolve("kustomization.yaml") : target);
                }
                var patches = Objects.requireNonNullElse(kustomization.patches(), List.<Kustomization.Patch>of());
                for (Kustomization.Patch patch : patches) {
                    used.add(file.getParent().resolve(patch.path()).normalize());
                }
            }
        }
        assertThat(used).containsAll(files);
    }

    @Test
    void eachPatchChangesAResourceTheBaseHas() {
        Manifests base = Manifests.base();
        Kustomization example = Manifests.kustomization(Manifests.EXAMPLE);
        assertThat(example.patches()).isNotEmpty();
        for (Kustomization.Patch patch : example.patches()) {
            for (Object document : Manifests.read(Manifests.EXAMPLE.resolve(patch.path()))) {
                HasMetadata patched = (HasMetadata) document;
                assertThat(base.named(patched.getClass(), patched.getMetadata().getName())).isNotNull();
            }
        }
    }

    @Test
    void theOverlayRetagsOnlyImagesTheBaseRuns() {
        Set<String> images = new HashSet<>();
        for (Workload workload : Manifests.base().workloads()) {
            String image = workload.container().getImage();
            images.add(image.substring(0, image.lastIndexOf(':')));
        }
        List<Kustomization.Image> overrides = Manifests.kustomization(Manifests.EXAMPLE).images();
        assertThat(overrides).extracting(Kustomization.Image::name).containsExactlyInAnyOrderElementsOf(images);
    }

    @Test
    void theOverlayBuildsIntoEveryBaseResourceInItsNamespace() {
        assumeTrue(Manifests.kubectlAvailable(), "kubectl is not installed here");
        Manifests built = Manifests.built(Manifests.EXAMPLE);
        Kustomization example = Manifests.kustomization(Manifests.EXAMPLE);
        for (HasMetadata resource : Manifests.base().all(HasMetadata.class)) {
            HasMetadata found = built.named(resource.getClass(), resource.getMetadata().getName());
            assertThat(found.getMetadata().getNamespace()).isEqualTo(example.namespace());
        }
        assertThat(built.all(ScaledObject.class)).hasSameSizeAs(Manifests.base().all(ScaledObject.class))
                .allSatisfy(scaled -> assertThat(scaled.metadata().getNamespace()).isEqualTo(example.namespace()));
        assertThat(built.named(Namespace.class, example.namespace())).isNotNull();
        ConfigMap patch = (ConfigMap) Manifests.read(Manifests.EXAMPLE.resolve("config.yaml")).getFirst();
        assertThat(built.named(ConfigMap.class, Workload.SHARED_CONFIG).getData()).containsAllEntriesOf(patch.getData());
    }
}
