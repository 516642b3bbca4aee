package io.reelforge.gateway.batch;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.voice.RunningVoices;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.Paging;
import io.reelforge.gateway.api.VideoOptions;
import io.reelforge.gateway.brand.BrandKitResolver;
import io.reelforge.gateway.job.InvalidFieldException;
import io.reelforge.gateway.job.JobSubmissionService;
import io.reelforge.gateway.job.NarrationVoices;
import io.reelforge.gateway.job.NotVoicedException;
import io.reelforge.gateway.job.ScriptLanguages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates, reads, cancels and retries batches. Creating one checks every item as {@code /videos} would check it
 * (URL policy, options, language), marks repeats of an earlier item (same page, same options) and items out of
 * stock, and saves the items; it creates no job: the {@link BatchDispatcher} releases the items into the pipeline
 * as places free up, so the answer comes at once however large the batch.
 */
@Service
public class BatchService {

    private static final Logger log = LoggerFactory.getLogger(BatchService.class);
    static final String OUT_OF_STOCK = "out_of_stock";

    private final BatchStore batches;
    private final BatchSummaries summaries;
    private final BatchCompletion completion;
    private final JobSubmissionService submissions;
    private final ScriptLanguages languages;
    private final NarrationVoices voices;
    private final JobTracker tracker;
    private final Clock clock;
    private final GatewayProperties.Batches settings;
    private final BrandKitResolver brands;

    BatchService(BatchStore batches, BatchSummaries summaries, BatchCompletion completion,
            JobSubmissionService submissions, ScriptLanguages languages, NarrationVoices voices, JobTracker tracker,
            Clock clock, GatewayProperties properties, BrandKitResolver brands) {
        this.brands = brands;
        this.batches = batches;
        this.summaries = summaries;
        this.completion = completion;
        this.submissions = submissions;
        this.languages = languages;
        this.voices = voices;
        this.tracker = tracker;
        this.clock = clock;
        this.settings = properties.batches();
    }

    /**
     * @throws InvalidFieldException when the batch is empty or too large, or an item asks for what a single video
     *         request could not (a language the writer cannot write, ...)
     * @throws NotVoicedException when an item is to be narrated in a language or voice no running media worker has
     * @throws io.reelforge.gateway.job.UrlNotAllowedException when an item's URL or the callback may not be fetched
     */
    BatchView create(String tenant, BatchDraft draft) {
        if (draft.items().isEmpty()) {
            throw new InvalidFieldException("items", "the batch has no items");
        }
        if (draft.items().size() > settings.feeds().maxItems()) {
            throw new InvalidFieldException("items", "a batch may have at most " + settings.feeds().maxItems()
                    + " items; this one has " + draft.items().size());
        }
        if (draft.callbackUrl() != null) {
            submissions.checkUrl("callbackUrl", draft.callbackUrl());
        }
        List<BatchItem> items = items(draft, brands.tenantKit(tenant));
        String id = UUID.randomUUID().toString();
        int skipped = (int) items.stream().filter(i -> i.state() == BatchItem.State.SKIPPED).count();
        int duplicates = (int) items.stream().filter(i -> i.state() == BatchItem.State.DUPLICATE).count();
        Batch batch = new Batch(id, tenant, draft.name(), Batch.Status.OPEN, items.size(), skipped, duplicates,
                draft.callbackUrl(), clock.instant(), null);
        batches.create(batch, items);
        log.info("batch {} of tenant {}: {} items ({} skipped, {} duplicates)", id, tenant, items.size(), skipped,
                duplicates);
        if (batch.toMake() == 0) {
            completion.finish(batch.finished(Batch.Status.COMPLETED, clock.instant()));
        }
        return summaries.view(batches.find(id).orElse(batch));
    }

    /**
     * Checks each item, and marks the skipped and duplicate ones; each item's job stands for its duplicates too. Each
     * item's options get their effective brand kit (the item's over the tenant's) now, as a single job's do at submit.
     */
    private List<BatchItem> items(BatchDraft draft, @Nullable BrandKit tenantKit) {
        List<BatchItem> items = new ArrayList<>(draft.items().size());
        Map<String, Integer> firstOfPage = new HashMap<>();
        Set<JobOptions> checkedOptions = new HashSet<>();
        RunningVoices running = voices.running(); // one reading for every item
        for (int index = 0; index < draft.items().size(); index++) {
            BatchDraft.Item input = draft.items().get(index);
            String field = "items[" + index + "]";
            if ((input.url() == null) == (input.product() == null)) {
                throw new InvalidFieldException(field, "give either url or product, not both and not neither");
            }
            VideoOptions options = input.options() == null ? draft.defaults() : input.options().over(draft.defaults());
            JobOptions jobOptions = BrandKitResolver.withEffectiveKit(options.toJobOptions(), tenantKit,
                    field + ".options.");
            BatchItem item = BatchItem.pending(index, input.url() == null ? null : input.url().strip(),
                    input.product(), jobOptions, input.sourceId());
            if (checkedOptions.add(jobOptions)) {
                checkOptions(field, item, jobOptions, running);
            }
            if (item.url() != null) {
                submissions.checkUrl(field + ".url", item.url());
            }
            if (input.outOfStock() && !draft.includeOutOfStock()) {
                items.add(item.skipped(OUT_OF_STOCK));
                continue;
            }
            if (item.url() != null) {
                Integer first = firstOfPage.putIfAbsent(item.url() + "\n" + jobOptions, index);
                if (first != null) {
                    items.add(item.duplicateOf(first));
                    items.set(first, items.get(first).withCopies(items.get(first).copies() + 1));
                    continue;
                }
            }
            items.add(item);
        }
        return items;
    }

    private void checkOptions(String field, BatchItem item, JobOptions options, RunningVoices running) {
        JobRequest request = item.jobRequest("check");
        try {
            languages.check(item.kind(), request);
            voices.check(item.kind(), request, running);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(field + ".options." + e.field(), String.valueOf(e.getMessage()));
        } catch (NotVoicedException e) {
            throw e.under(field + ".options.");
        }
        if (options.musicUrl() != null) {
            submissions.checkUrl(field + ".options.musicUrl", options.musicUrl());
        }
        if (options.brand() != null && options.brand().logoUrl() != null) {
            submissions.checkUrl(field + ".options.brand.logoUrl", options.brand().logoUrl());
        }
    }

    BatchView find(String tenant, String id) {
        return summaries.view(batch(tenant, id));
    }

    /** The tenant's batches, newest first, one page of them. */
    BatchPage list(String tenant, Paging paging) {
        List<BatchView> views = batches.page(tenant, paging.offset(), paging.size()).stream()
                .map(summaries::view).toList();
        long total = batches.count(tenant);
        return new BatchPage(views, paging.page(), paging.size(), total, paging.pages(total));
    }

    BatchItemPage items(String tenant, String id, @Nullable String state, int page, int size) {
        return summaries.items(batch(tenant, id), state, page, size);
    }

    /**
     * Cancels every item that has not finished: waiting ones are never released (nothing was made for them), and
     * released ones are canceled like any job. Sends the batch's webhook.
     */
    BatchView cancel(String tenant, String id) {
        Batch batch = batch(tenant, id);
        if (batch.status() != Batch.Status.OPEN) {
            throw new BatchFinishedException(id, batch.status());
        }
        Instant now = clock.instant();
        Batch canceled = batch.finished(Batch.Status.CANCELED, now);
        batches.save(canceled);
        batches.dequeue(tenant, id);
        batches.dropRetries(id);
        for (BatchStore.InFlight running : batches.inFlight()) {
            if (running.batchId().equals(id)) {
                Job job = tracker.update(running.jobId(), j -> j.status().isFinal() ? j : j.cancel(now)).job();
                batches.recordOutcome(id, running.jobId(), BatchOutcomes.of(job), running.copies(), now);
                batches.removeInFlight(running.jobId());
            }
        }
        completion.finish(canceled);
        return summaries.view(canceled);
    }

    /** Queues the failed items to run again from the stage each failed in; they take their turn in the bulk lane. */
    BatchView retryFailed(String tenant, String id) {
        Batch batch = batch(tenant, id);
        if (batch.status() == Batch.Status.CANCELED) {
            throw new BatchFinishedException(id, batch.status());
        }
        List<Integer> failed = new ArrayList<>();
        for (BatchItemView item : summaries.items(batch, "failed", 0, Integer.MAX_VALUE).items()) {
            if (item.duplicateOf() == null) {
                failed.add(item.index());
            }
        }
        if (failed.isEmpty()) {
            return summaries.view(batch);
        }
        batches.queueRetries(id, failed);
        Batch open = batch.status() == Batch.Status.OPEN ? batch : batch.reopened();
        batches.save(open);
        batches.enqueue(open);
        log.info("batch {}: {} failed item(s) queued to run again", id, failed.size());
        return summaries.view(open);
    }

    private Batch batch(String tenant, String id) {
        return summaries.find(tenant, id).orElseThrow(() -> new BatchNotFoundException(id));
    }
}
