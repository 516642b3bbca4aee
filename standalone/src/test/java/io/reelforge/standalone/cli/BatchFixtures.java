package io.reelforge.standalone.cli;

import io.reelforge.gateway.batch.Batch;
import io.reelforge.gateway.batch.BatchItemView;
import io.reelforge.gateway.batch.BatchView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Batches and items as the gateway answers them, built by hand for tests of the command line. */
final class BatchFixtures {

    static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled", "skipped");

    private BatchFixtures() {
    }

    /** An item of a page; released items (every state but pending) have job {@code job-<index>}. */
    static BatchItemView item(int index, String url, String state) {
        String job = state.equals("pending") || state.equals("skipped") ? null : "job-" + index;
        return new BatchItemView(index, url, null, null, state, job, null, null, null, job == null ? null
                : "/api/v1/jobs/" + job);
    }

    static BatchItemView failed(int index, String url, String code) {
        return new BatchItemView(index, url, null, null, "failed", "job-" + index, code, null, null,
                "/api/v1/jobs/job-" + index);
    }

    /** An item that shares an earlier item's job: it has that item's job and state. */
    static BatchItemView duplicate(int index, String url, String state, int of) {
        return new BatchItemView(index, url, null, null, state, "job-" + of, null, null, of, "/api/v1/jobs/job-" + of);
    }

    /** The batch these items make: counts, progress, failures by code, completed once every item is final. */
    static BatchView batch(String id, @Nullable String name, List<BatchItemView> items, @Nullable Long eta) {
        long pending = count(items, "pending");
        long running = count(items, "running");
        long finished = items.size() - pending - running;
        Map<String, Long> failures = new TreeMap<>();
        items.stream().filter(i -> i.state().equals("failed"))
                .forEach(i -> failures.merge(i.errorCode(), 1L, Long::sum));
        boolean done = items.stream().allMatch(i -> FINAL.contains(i.state()));
        String self = "/api/v1/batches/" + id;
        return new BatchView(id, name, done ? Batch.Status.COMPLETED : Batch.Status.OPEN, items.size(),
                new BatchView.Counts(pending, running, count(items, "succeeded"), count(items, "failed"),
                        count(items, "canceled"), count(items, "skipped")),
                items.isEmpty() ? 100 : (int) (100 * finished / items.size()), done ? null : eta, failures,
                (int) items.stream().filter(i -> i.duplicateOf() != null).count(), CREATED,
                done ? CREATED.plusSeconds(42) : null, new BatchView.Links(self, self + "/items",
                        self + "/items?state=failed"));
    }

    private static long count(List<BatchItemView> items, String state) {
        return items.stream().filter(i -> i.state().equals(state)).count();
    }
}
