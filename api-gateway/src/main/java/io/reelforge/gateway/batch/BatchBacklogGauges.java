package io.reelforge.gateway.batch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.common.schedule.PeriodicTask;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much batch work the system holds: open batches, their items not yet released to the pipeline
 * ({@code reelforge_batch_items_pending}) and those released and not finished ({@code reelforge_batch_items_running}).
 * The dispatcher admits only a few items at a time, so the bulk topics' Kafka lag stays short however large the
 * backlog: this is the number that says how long the catalog will take, and what an autoscaler may scale on.
 */
class BatchBacklogGauges extends PeriodicTask {

    static final String OPEN = "reelforge.batches.open";
    static final String PENDING = "reelforge.batch.items.pending";
    static final String RUNNING = "reelforge.batch.items.running";

    private final BatchStore batches;
    private final BatchSummaries summaries;
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong running = new AtomicLong();

    BatchBacklogGauges(BatchStore batches, BatchSummaries summaries, MeterRegistry registry, Duration interval) {
        super("batch-backlog-gauges", interval, Duration.ZERO);
        this.batches = batches;
        this.summaries = summaries;
        Gauge.builder(OPEN, open, AtomicLong::get).description("Batches with items not yet finished")
                .register(registry);
        Gauge.builder(PENDING, pending, AtomicLong::get)
                .description("Items of open batches waiting to be released to the pipeline").register(registry);
        Gauge.builder(RUNNING, running, AtomicLong::get)
                .description("Items of open batches released to the pipeline and not yet finished").register(registry);
    }

    @Override
    protected void runOnce() {
        long openNow = 0;
        long pendingNow = 0;
        long runningNow = 0;
        for (String id : batches.unfinishedIds()) {
            Batch batch = batches.find(id).orElse(null);
            if (batch == null || batch.status() != Batch.Status.OPEN) {
                continue;
            }
            BatchView.Counts counts = summaries.counts(batch);
            openNow++;
            pendingNow += counts.pending();
            runningNow += counts.running();
        }
        open.set(openNow);
        pending.set(pendingNow);
        running.set(runningNow);
    }
}
