package io.reelforge.common.job;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where jobs live. Every write is a compare-and-set on the job's version: {@link #update} re-reads and re-applies
 * the change when another writer got there first, so no update is lost and none is applied to a stale job.
 */
public interface JobStore {

    /** Saves a new job; fails if the id exists. */
    void create(Job job);

    Optional<Job> find(String id);

    /**
     * Applies {@code change} to the current job and saves the result atomically, retrying on a concurrent write.
     * The change may throw (for example {@link IllegalJobTransitionException}); then nothing is written.
     *
     * @throws JobNotFoundException when there is no such job
     */
    Job update(String id, UnaryOperator<Job> change);

    /** Newest first. */
    List<Job> list(int offset, int limit);

    long count();
}
