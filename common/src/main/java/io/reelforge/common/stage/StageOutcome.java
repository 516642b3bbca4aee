package io.reelforge.common.stage;

import io.reelforge.common.job.Artifact;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.VideoScript;
import java.util.List;

/** What a stage produced: one shape per stage. */
public sealed interface StageOutcome {

    record Scraped(ProductDetails product) implements StageOutcome {
    }

    record Scripted(VideoScript script) implements StageOutcome {
    }

    record Rendered(List<Artifact> artifacts) implements StageOutcome {
        public Rendered {
            artifacts = List.copyOf(artifacts);
        }
    }
}
