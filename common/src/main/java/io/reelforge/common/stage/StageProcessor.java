package io.reelforge.common.stage;

import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.StagePayload;

/**
 * The work of one stage, free of Kafka: testable with a hand-made message. Throws {@link PermanentJobFailure} for
 * input that cannot succeed, anything else for failures worth retrying.
 */
@FunctionalInterface
public interface StageProcessor<P extends StagePayload> {

    StageOutcome process(JobMessage message, P payload, StageContext context) throws Exception;
}
