package io.reelforge.standalone.deploy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code kustomization.yaml}: the fields this repository's use, read strictly like every other manifest. */
record Kustomization(String apiVersion, String kind, @Nullable String namespace, List<String> resources,
        @Nullable List<Image> images, @Nullable List<Patch> patches) {

    /** Kustomize's image override: {@code name} is the image as the base writes it. */
    record Image(String name, @Nullable String newName, @Nullable String newTag, @Nullable String digest) {
    }

    /** A patch file, applied to the resource of its own kind and name. */
    record Patch(String path) {
    }
}
