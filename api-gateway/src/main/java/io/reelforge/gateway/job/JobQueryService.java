package io.reelforge.gateway.job;

import io.reelforge.common.artifact.ArtifactNames;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobFilter;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobListing;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.Paging;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads jobs for clients and cancels them, always within the caller's tenant: another tenant's job is "not found",
 * exactly like an unknown id, so ids cannot be probed. Ids that cannot be job ids are "not found", never looked up.
 */
@Service
public class JobQueryService {

    private final JobStore store;
    private final JobTracker tracker;
    private final Clock clock;
    private final GatewayProperties properties;

    public JobQueryService(JobStore store, JobTracker tracker, Clock clock, GatewayProperties properties) {
        this.store = store;
        this.tracker = tracker;
        this.clock = clock;
        this.properties = properties;
    }

    /** One page of jobs, newest first. */
    public record JobSlice(List<Job> jobs, int page, int size, long total) {
    }

    /** @throws JobNotFoundException when the tenant has no such job */
    public Job find(String tenant, String id) {
        checkId(id);
        return store.find(id).filter(job -> job.tenant().equals(tenant)).orElseThrow(() -> new JobNotFoundException(id));
    }

    /**
     * One page of the tenant's jobs, all of them or those in one state and/or of one kind (the store reads them from
     * its per-state and per-kind indexes, so a filter costs no scan of the tenant's jobs).
     *
     * @param state a state as clients see it ({@code queued}, {@code scraping}, ..., {@code failed}), or null
     * @param kind a kind of job ({@code video}, {@code scrape}, {@code script}, {@code render}), or null
     * @throws InvalidFieldException when the page or size is out of range, or the state or kind unknown
     */
    public JobSlice page(String tenant, int page, @Nullable Integer size, @Nullable String state,
            @Nullable String kind) {
        JobFilter filter = new JobFilter(
                state == null ? null : wireValue("state", state, JobStatus.values(), JobStatus::wireName),
                kind == null ? null : wireValue("kind", kind, JobKind.values(), JobKind::wireName));
        Paging paging = Paging.of(page, size, properties);
        JobListing listing = store.list(tenant, filter, paging.offset(), paging.size());
        return new JobSlice(listing.jobs(), paging.page(), paging.size(), listing.total());
    }

    /** The constant whose wire name is {@code value}; otherwise 400 on {@code field}, listing the names. */
    private static <E> E wireValue(String field, String value, E[] constants, Function<E, String> wireName) {
        for (E constant : constants) {
            if (wireName.apply(constant).equals(value)) {
                return constant;
            }
        }
        throw new InvalidFieldException(field, "must be one of "
                + String.join(", ", Arrays.stream(constants).map(wireName).toList()));
    }

    /**
     * Cancels a job that is not final yet. Workers see the cancel at their next progress report or stage boundary.
     *
     * @throws JobNotFoundException when the tenant has no such job
     * @throws JobAlreadyFinishedException when the job has already succeeded, failed or been canceled
     */
    public Job cancel(String tenant, String id) {
        find(tenant, id);
        return tracker.update(id, job -> {
            if (job.status().isFinal()) {
                throw new JobAlreadyFinishedException(job.id(), job.status());
            }
            return job.cancel(clock.instant());
        }).job();
    }

    static void checkId(String id) {
        if (!ArtifactNames.isValidJobId(id)) {
            throw new JobNotFoundException(id);
        }
    }
}
