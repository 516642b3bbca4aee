package io.reelforge.common.job;

/**
 * What a {@link JobStore#update} left: the job as saved (or as it was, when the change changed nothing) and whether
 * the store saved a new version, so callers announce a change without reading the job again.
 */
public record JobUpdate(Job job, boolean changed) {
}
