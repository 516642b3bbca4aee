package io.reelforge.common.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where jobs live. Every write is a compare-and-set on the job's version: {@link #update} re-reads and re-applies
 * the change when another writer got there first, so no update is lost and none is applied to a stale job. Jobs
 * belong to a tenant: listings and counts are always per tenant.
 */
public interface JobStore {

    /** Saves a new job; fails if the id exists. */
    void create(Job job);

    Optional<Job> find(String id);

    /**
     * Applies {@code change} to the current job and saves the result atomically as the next version, retrying on a
     * concurrent write. A change that returns a job equal to the one it was given saves nothing. The change may
     * throw (for example {@link IllegalJobTransitionException}); then nothing is written.
     *
     * @throws JobNotFoundException when there is no such job
     */
    JobUpdate update(String id, UnaryOperator<Job> change);

    /**
     * The tenant's jobs that pass {@code filter}, newest first, {@code limit} of them from {@code offset}, with how
     * many pass in all. A job listed has the filter's state at the moment it was read.
     */
    JobListing list(String tenant, JobFilter filter, int offset, int limit);

    /** How many of the tenant's jobs are not final yet (queued or in a stage). */
    long countActive(String tenant);

    /**
     * The job's saved versions after {@code afterVersion}, oldest first, as far as the store still keeps them (the
     * most recent {@value #CHANGE_LOG_SIZE} at least). Empty for an unknown job.
     */
    List<JobChange> changesSince(String id, long afterVersion);

    int CHANGE_LOG_SIZE = 1000;

    /** How long a claim holds without renewal unless the store is told otherwise. */
    Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    /**
     * Extends the lease of a job's current run to {@code until}, if {@code holder} (see {@link Job#leaseHolder()})
     * still holds it. Every {@link #update} that leaves a job claimed also extends its lease.
     *
     * @return false when the holder has lost the run (re-driven, taken over, finished or canceled)
     */
    boolean renewLease(String id, String holder, Instant until);

    /** When the lease of the job's current run runs out; empty when no worker holds the job. */
    Optional<Instant> leaseExpiry(String id);

    /** Jobs whose lease ran out before {@code now}, oldest expiry first, at most {@code limit}. */
    List<String> expiredLeases(Instant now, int limit);

    /** Drops the lease entry of a job that no longer exists (expired from the store). */
    void forgetLease(String id);
}
