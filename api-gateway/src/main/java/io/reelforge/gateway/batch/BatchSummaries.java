package io.reelforge.gateway.batch;

import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.JobViews;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a batch's state for clients: counts per state, progress, ETA, failures by code, and its items. */
@Component
class BatchSummaries {

    /** Finishes needed before an ETA is given: fewer say little about the throughput. */
    private static final int ETA_MIN_FINISHES = 3;
    private static final int ITEM_CHUNK = 1000;

    private final BatchStore batches;
    private final JobViews views;

    BatchSummaries(BatchStore batches, JobViews views) {
        this.batches = batches;
        this.views = views;
    }

    BatchView.Counts counts(Batch batch) {
        Map<String, Long> outcomes = batches.counts(batch.id());
        long succeeded = outcomes.getOrDefault(BatchOutcomes.SUCCEEDED, 0L);
        long canceled = outcomes.getOrDefault(BatchOutcomes.CANCELED, 0L);
        long failed = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith(BatchOutcomes.FAILED_PREFIX))
                .mapToLong(Map.Entry::getValue).sum();
        long released = batches.released(batch.id());
        long running = Math.max(0, released - succeeded - canceled - failed);
        long pending = Math.max(0, batch.total() - batch.skipped() - released);
        if (batch.status() == Batch.Status.CANCELED) {
            // waiting items are never released; a release that raced the cancel is canceled by the dispatcher
            canceled += pending + running;
            pending = 0;
            running = 0;
        }
        return new BatchView.Counts(pending, running, succeeded, failed, canceled, batch.skipped());
    }

    BatchView view(Batch batch) {
        BatchView.Counts counts = counts(batch);
        Map<String, Long> failures = new TreeMap<>();
        batches.counts(batch.id()).forEach((outcome, n) -> {
            String code = BatchOutcomes.errorCode(outcome);
            if (code != null) {
                failures.put(code, n);
            }
        });
        long finished = counts.succeeded() + counts.failed() + counts.canceled() + counts.skipped();
        int progress = batch.total() == 0 ? 100 : (int) (100 * finished / batch.total());
        String self = views.url(ApiPaths.batch(batch.id()));
        return new BatchView(batch.id(), batch.name(), batch.status(), batch.total(), counts, progress,
                batch.status() == Batch.Status.OPEN ? eta(batch, counts.pending() + counts.running()) : null,
                failures, batch.duplicates(), batch.createdAt(), batch.finishedAt(),
                new BatchView.Links(self, self + "/items", self + "/items?state=failed"));
    }

    /** Seconds left at the rate the batch's recent items finished. */
    private @Nullable Long eta(Batch batch, long remaining) {
        List<Instant> times = batches.finishTimes(batch.id());
        if (remaining == 0) {
            return 0L;
        }
        if (times.size() < ETA_MIN_FINISHES) {
            return null;
        }
        Duration span = Duration.between(times.getFirst(), times.getLast());
        if (span.isZero() || span.isNegative()) {
            return null;
        }
        double perSecond = (times.size() - 1) / (span.toMillis() / 1000.0);
        return (long) Math.ceil(remaining / perSecond);
    }

    /** The items in {@code state} (all when null), one page of them, in batch order. */
    BatchItemPage items(Batch batch, @Nullable String state, int page, int size) {
        Map<String, String> outcomes = batches.outcomes(batch.id());
        Predicate<BatchItemView> wanted = state == null ? v -> true : v -> v.state().equals(state);
        List<BatchItemView> window = new ArrayList<>();
        long matched = 0;
        long skip = (long) page * size;
        // a duplicate always follows the item it shares a job with: whether that one was released is known by then
        BitSet released = new BitSet(batch.total());
        for (int from = 0; from < batch.total(); from += ITEM_CHUNK) {
            for (BatchItem item : batches.items(batch.id(), from, ITEM_CHUNK)) {
                if (item.state() == BatchItem.State.RELEASED) {
                    released.set(item.index());
                }
                BatchItemView view = view(batch, item, outcomes, released);
                if (!wanted.test(view)) {
                    continue;
                }
                if (matched >= skip && window.size() < size) {
                    window.add(view);
                }
                matched++;
            }
        }
        return new BatchItemPage(window, page, size, matched, (matched + size - 1) / size);
    }

    private BatchItemView view(Batch batch, BatchItem item, Map<String, String> outcomes, BitSet releasedItems) {
        String title = item.product() == null ? null : item.product().title();
        if (item.state() == BatchItem.State.SKIPPED) {
            return new BatchItemView(item.index(), item.url(), title, item.sourceId(), "skipped", null, null,
                    item.note(), null, null);
        }
        int owner = item.duplicateOf() != null ? item.duplicateOf() : item.index();
        String jobId = BatchItem.jobId(batch.id(), owner);
        boolean released = releasedItems.get(owner);
        String outcome = outcomes.get(jobId);
        String state;
        if (outcome != null) {
            state = BatchOutcomes.state(outcome);
        } else if (released) {
            state = "running";
        } else {
            state = batch.status() == Batch.Status.CANCELED ? "canceled" : "pending";
        }
        return new BatchItemView(item.index(), item.url(), title, item.sourceId(), state, released ? jobId : null,
                outcome == null ? null : BatchOutcomes.errorCode(outcome), null, item.duplicateOf(),
                released ? views.jobUrl(jobId) : null);
    }

    Optional<Batch> find(String tenant, String id) {
        return batches.find(id).filter(b -> b.tenant().equals(tenant));
    }
}
