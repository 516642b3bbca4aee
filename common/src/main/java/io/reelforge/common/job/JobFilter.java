package io.reelforge.common.job;

import org.jspecify.annotations.Nullable;

/**
 * Which of a tenant's jobs a listing shows: all of them, or those in one state, of one kind, or both.
 *
 * @param state the state clients see ({@link Job#visibleStatus()}: a job waiting in a stage's queue is
 *        {@code queued}), or null for any
 * @param kind the kind of job, or null for any
 */
public record JobFilter(@Nullable JobStatus state, @Nullable JobKind kind) {

    public static final JobFilter ALL = new JobFilter(null, null);

    public boolean isAll() {
        return state == null && kind == null;
    }

    /** Whether {@code job} passes: what a store's indexes say, checked again against the job itself. */
    public boolean matches(Job job) {
        return (state == null || job.visibleStatus() == state) && (kind == null || job.kind() == kind);
    }
}
