package io.reelforge.common.job;

import java.util.List;

/**
 * One page of a tenant's jobs, newest first, and how many jobs pass the listing's filter in all.
 *
 * @param total the jobs passing the filter as the store counts them: records that expired are counted until a
 *        listing comes across them and drops them from the indexes
 */
public record JobListing(List<Job> jobs, long total) {

    public JobListing {
        jobs = List.copyOf(jobs);
    }
}
