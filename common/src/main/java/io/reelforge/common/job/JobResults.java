package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the stages have produced so far. */
public record JobResults(@Nullable ProductDetails product, @Nullable VideoScript script, List<Artifact> artifacts) {

    public static final JobResults EMPTY = new JobResults(null, null, List.of());

    public JobResults {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public JobResults withProduct(ProductDetails value) {
        return new JobResults(value, script, artifacts);
    }

    public JobResults withScript(VideoScript value) {
        return new JobResults(product, value, artifacts);
    }

    public JobResults withArtifacts(List<Artifact> value) {
        return new JobResults(product, script, value);
    }
}
