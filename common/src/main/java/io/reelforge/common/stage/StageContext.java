package io.reelforge.common.stage;

/**
 * What a running stage may tell the system: how far it is. Reporting progress also heartbeats the job
 * ({@code updatedAt}) and throws {@link JobCanceledException} when the client canceled it meanwhile.
 */
public interface StageContext {

    String jobId();

    /** Progress within this stage, 0..1. Cheap to call often: writes are throttled. */
    void progress(double fraction);

    /**
     * The same, with a short note a person can read in the job and its live events ("rendering 420/900 frames").
     * Contexts that keep no notes just take the fraction.
     */
    default void progress(double fraction, String detail) {
        progress(fraction);
    }
}
