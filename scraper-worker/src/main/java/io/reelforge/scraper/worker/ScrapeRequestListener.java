package io.reelforge.scraper.worker;

import io.reelforge.common.pipeline.Lane;
import io.reelforge.common.config.ConsumerThreads;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.scraper.ScraperProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands each scrape request to the stage executor, on {@code reelforge.scraper.concurrency} consumer threads;
 * retries (on retry topics) and dead letters are common's work ({@code StageRetryTopics}).
 */
@Component
class ScrapeRequestListener {

    private final StageExecutor executor;
    private final ScrapeProcessor processor;
    private final int threads;

    ScrapeRequestListener(StageExecutor executor, ScrapeProcessor processor, ScraperProperties properties,
            ReelforgeProperties common) {
        this.executor = executor;
        this.processor = processor;
        this.threads = ConsumerThreads.of("reelforge.scraper.concurrency", properties.concurrency(), common.kafka());
    }

    /** The listener's consumer threads, read by the annotation below. */
    public int threads() {
        return threads;
    }

    @KafkaListener(topics = Topics.SCRAPE_REQUESTS, groupId = "scraper-worker", concurrency = "#{__listener.threads()}")
    void onScrapeRequest(JobMessage message) throws Exception {
        executor.execute(Lane.INTERACTIVE, message, scrapeRequest(message), processor);
    }

    /** Batch items: their own topic and consumers, started only while no single request is scraped here. */
    @KafkaListener(topics = Topics.SCRAPE_BULK, groupId = "scraper-worker", concurrency = "#{__listener.threads()}")
    void onBulkScrapeRequest(JobMessage message) throws Exception {
        executor.execute(Lane.BULK, message, scrapeRequest(message), processor);
    }

    private static ScrapeRequest scrapeRequest(JobMessage message) {
        if (!(message.payload() instanceof ScrapeRequest request)) {
            throw new PermanentJobFailure(ErrorCode.INTERNAL_ERROR, "a " + message.payload().getClass().getSimpleName()
                    + " arrived on a scrape topic; the scraper only handles scrape requests");
        }
        return request;
    }
}
