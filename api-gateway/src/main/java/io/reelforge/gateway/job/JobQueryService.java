package io.reelforge.gateway.job;

import io.reelforge.common.artifact.ArtifactNames;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobNotFoundException;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewayProperties;
import java.time.Clock;
import java.util.List;
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

    /** @throws InvalidFieldException when the page or size is out of range */
    public JobSlice page(String tenant, int page, @Nullable Integer size) {
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw new InvalidFieldException("size", "must be between 1 and " + properties.maxPageSize());
        }
        long offset = (long) page * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidFieldException("page", "is too large");
        }
        return new JobSlice(store.list(tenant, (int) offset, pageSize), page, pageSize, store.count(tenant));
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
