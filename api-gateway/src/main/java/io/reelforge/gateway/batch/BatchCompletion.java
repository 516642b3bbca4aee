package io.reelforge.gateway.batch;

import io.reelforge.gateway.webhook.BatchWebhooks;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Closes a batch once every item has finished, and sends its one {@code batch.completed} webhook. */
@Component
class BatchCompletion {

    private static final Logger log = LoggerFactory.getLogger(BatchCompletion.class);

    private final BatchStore batches;
    private final BatchSummaries summaries;
    private final BatchWebhooks webhooks;
    private final Clock clock;

    BatchCompletion(BatchStore batches, BatchSummaries summaries, BatchWebhooks webhooks, Clock clock) {
        this.batches = batches;
        this.summaries = summaries;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Completes an open batch whose every item is final; nothing otherwise. */
    void completeIfDone(Batch batch) {
        if (batch.status() != Batch.Status.OPEN) {
            return;
        }
        BatchView.Counts counts = summaries.counts(batch);
        if (counts.pending() + counts.running() > 0 || batches.retriesWaiting(batch.id()) > 0) {
            return;
        }
        finish(batch.finished(Batch.Status.COMPLETED, clock.instant()));
    }

    /** Saves the batch in its final state and queues its webhook. */
    void finish(Batch finished) {
        batches.save(finished);
        BatchView view = summaries.view(finished);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("batchId", finished.id());
        data.put("status", finished.status().wireName());
        data.put("total", view.total());
        data.put("counts", view.counts());
        data.put("failures", view.failures());
        data.put("links", Map.of("batch", view.links().self(), "failed", view.links().failed()));
        Instant at = finished.finishedAt() == null ? clock.instant() : finished.finishedAt();
        webhooks.completed(finished.id(), finished.tenant(), finished.callbackUrl(), data, at);
        log.info("batch {} of tenant {} {}: {}", finished.id(), finished.tenant(), finished.status().wireName(),
                view.counts());
    }
}
