package io.reelforge.script.stage;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.config.ConsumerThreads;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.script.ScriptWorkerApplication;
import io.reelforge.script.config.ScriptProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes script requests off Kafka, on {@code reelforge.script.concurrency} consumer threads, and hands them to the
 * shared stage executor; nothing else.
 */
@Component
class ScriptRequestListener {

    private final StageExecutor executor;
    private final ScriptProcessor processor;
    private final int threads;

    ScriptRequestListener(StageExecutor executor, ScriptProcessor processor, ScriptProperties properties,
            ReelforgeProperties common) {
        this.executor = executor;
        this.processor = processor;
        this.threads = ConsumerThreads.of("reelforge.script.concurrency", properties.concurrency(), common.kafka());
    }

    /** The listener's consumer threads, read by the annotation below. */
    public int threads() {
        return threads;
    }

    @KafkaListener(topics = Topics.SCRIPT_REQUESTS, groupId = ScriptWorkerApplication.NAME,
            concurrency = "#{__listener.threads()}")
    void onScriptRequest(JobMessage message) throws Exception {
        executor.execute(Lane.INTERACTIVE, message, scriptRequest(message), processor);
    }

    /** Batch items: their own topic and consumers, started only while no single request is written here. */
    @KafkaListener(topics = Topics.SCRIPT_BULK, groupId = ScriptWorkerApplication.NAME,
            concurrency = "#{__listener.threads()}")
    void onBulkScriptRequest(JobMessage message) throws Exception {
        executor.execute(Lane.BULK, message, scriptRequest(message), processor);
    }

    private static ScriptRequest scriptRequest(JobMessage message) {
        if (!(message.payload() instanceof ScriptRequest request)) {
            throw new PermanentJobFailure(ErrorCode.INTERNAL_ERROR, "A " + message.payload().stage().wireName()
                    + " message arrived on a script topic.");
        }
        return request;
    }
}
