package io.reelforge.scraper.worker;

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

    ScrapeRequestListener(StageExecutor executor, ScrapeProcessor processor) {
        this.executor = executor;
        this.processor = processor;
    }

    @KafkaListener(topics = Topics.SCRAPE_REQUESTS, groupId = "scraper-worker",
            concurrency = "${reelforge.scraper.concurrency:" + ScraperProperties.DEFAULT_CONCURRENCY + "}")
    void onScrapeRequest(JobMessage message) throws Exception {
        if (!(message.payload() instanceof ScrapeRequest request)) {
            throw new PermanentJobFailure(ErrorCode.INTERNAL_ERROR, "a " + message.payload().getClass().getSimpleName()
                    + " arrived on " + Topics.SCRAPE_REQUESTS + "; the scraper only handles scrape requests");
        }
        executor.execute(message, request, processor);
    }
}
