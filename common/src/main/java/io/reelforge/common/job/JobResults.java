package io.reelforge.common.job;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the stages have produced so far. Records stored before {@code scriptUsage} or {@code warnings} existed still
 * read (null, and no warnings).
 *
 * @param scriptUsage the tokens a language model spent on {@code script}; null when no model wrote it
 * @param warnings where the result falls short of the request, and why (a script shorter than the duration asked
 *        for); empty for most jobs
 */
public record JobResults(
        @Nullable ProductDetails product,
        @Nullable VideoScript script,
        List<Artifact> artifacts,
        @Nullable TokenUsage scriptUsage,
        List<JobWarning> warnings) {

    public static final JobResults EMPTY = new JobResults(null, null, List.of());

    public JobResults {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public JobResults(@Nullable ProductDetails product, @Nullable VideoScript script, List<Artifact> artifacts) {
        this(product, script, artifacts, null, List.of());
    }

    public JobResults(@Nullable ProductDetails product, @Nullable VideoScript script, List<Artifact> artifacts,
            @Nullable TokenUsage scriptUsage) {
        this(product, script, artifacts, scriptUsage, List.of());
    }

    public JobResults withProduct(ProductDetails value) {
        return new JobResults(value, script, artifacts, scriptUsage, warnings);
    }

    public JobResults withScript(VideoScript value) {
        return withScript(value, null);
    }

    /**
     * A new script replaces the old one's usage and warnings too: they always belong to the script beside it. The
     * writer's warnings about the script ({@link VideoScript#warnings()}) become the job's.
     */
    public JobResults withScript(VideoScript value, @Nullable TokenUsage usage) {
        return new JobResults(product, value.withWarnings(List.of()), artifacts, usage, value.warnings());
    }

    public JobResults withArtifacts(List<Artifact> value) {
        return new JobResults(product, script, value, scriptUsage, warnings);
    }

    /**
     * A render's files and what it has to say about them: its warnings replace those of an earlier render of the
     * job (a retry renders again), the script's stay.
     */
    public JobResults withArtifacts(List<Artifact> value, List<JobWarning> renderWarnings) {
        List<JobWarning> kept = new ArrayList<>(warnings.stream().filter(w -> !w.code().fromRender()).toList());
        kept.addAll(renderWarnings);
        return new JobResults(product, script, value, scriptUsage, kept);
    }
}
