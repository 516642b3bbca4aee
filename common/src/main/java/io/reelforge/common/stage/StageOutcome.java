package io.reelforge.common.stage;

import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a stage produced: one shape per stage. */
public sealed interface StageOutcome {

    record Scraped(ProductDetails product) implements StageOutcome {
    }

    /** @param usage what a language model spent writing the script; null when no model wrote it */
    record Scripted(VideoScript script, @Nullable TokenUsage usage) implements StageOutcome {
        public Scripted(VideoScript script) {
            this(script, null);
        }
    }

    /** @param warnings where the video falls short of the request (a logo it could not use), for the job */
    record Rendered(List<Artifact> artifacts, List<JobWarning> warnings) implements StageOutcome {
        public Rendered {
            artifacts = List.copyOf(artifacts);
            warnings = List.copyOf(warnings);
        }

        public Rendered(List<Artifact> artifacts) {
            this(artifacts, List.of());
        }
    }
}
