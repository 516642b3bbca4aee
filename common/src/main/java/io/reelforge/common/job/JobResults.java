package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the stages have produced so far. Records stored before {@code scriptUsage} existed still read (it is null).
 *
 * @param scriptUsage the tokens a language model spent on {@code script}; null when no model wrote it
 */
public record JobResults(
        @Nullable ProductDetails product,
        @Nullable VideoScript script,
        List<Artifact> artifacts,
        @Nullable TokenUsage scriptUsage) {

    public static final JobResults EMPTY = new JobResults(null, null, List.of());

    public JobResults {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    public JobResults(@Nullable ProductDetails product, @Nullable VideoScript script, List<Artifact> artifacts) {
        this(product, script, artifacts, null);
    }

    public JobResults withProduct(ProductDetails value) {
        return new JobResults(value, script, artifacts, scriptUsage);
    }

    public JobResults withScript(VideoScript value) {
        return withScript(value, null);
    }

    /** A new script replaces the old one's usage too: the usage always belongs to the script beside it. */
    public JobResults withScript(VideoScript value, @Nullable TokenUsage usage) {
        return new JobResults(product, value, artifacts, usage);
    }

    public JobResults withArtifacts(List<Artifact> value) {
        return new JobResults(product, script, value, scriptUsage);
    }
}
