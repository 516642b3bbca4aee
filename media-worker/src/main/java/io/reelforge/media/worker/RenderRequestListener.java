package io.reelforge.media.worker;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.config.ConsumerThreads;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.worker.shutdown.HandBackOnShutdown;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes render requests off Kafka and hands them to the {@link RenderProcessor} through the shared
 * {@link StageExecutor}, wrapped so that a worker told to stop hands unfinished renders back
 * ({@link HandBackOnShutdown}). All media workers share the consumer group {@value #GROUP}, so each request is rendered
 * by one of them; more workers share the partitions of the topic. Each worker renders
 * {@code reelforge.media.concurrency} videos at once (one by default).
 */
@Component
public class RenderRequestListener {

    public static final String GROUP = "media-worker";

    private final StageExecutor executor;
    private final HandBackOnShutdown processor;
    private final int threads;

    public RenderRequestListener(StageExecutor executor, HandBackOnShutdown processor, MediaProperties settings,
            ReelforgeProperties common) {
        this.executor = executor;
        this.processor = processor;
        this.threads = ConsumerThreads.of("reelforge.media.concurrency", settings.concurrency(), common.kafka());
    }

    /** The listener's consumer threads, read by the annotation below. */
    public int threads() {
        return threads;
    }

    @KafkaListener(topics = Topics.RENDER_REQUESTS, groupId = GROUP, concurrency = "#{__listener.threads()}")
    public void onRenderRequest(JobMessage message) throws Exception {
        executor.execute(Lane.INTERACTIVE, message, (RenderRequest) message.payload(), processor);
    }

    /** Batch items: their own topic and consumers, started only while no single request renders here. */
    @KafkaListener(topics = Topics.RENDER_BULK, groupId = GROUP, concurrency = "#{__listener.threads()}")
    public void onBulkRenderRequest(JobMessage message) throws Exception {
        executor.execute(Lane.BULK, message, (RenderRequest) message.payload(), processor);
    }
}
