package io.reelforge.common.stage;

/**
 * Thrown from progress reporting when this worker no longer holds the job's run: its lease expired and the
 * watchdog drove the stage again, or another worker re-claimed it. The work stops quietly and is never retried: the
 * run that replaced it does the work. A kind of cancel, so the error handlers that skip cancels skip this too.
 */
public class RunTakenOverException extends JobCanceledException {

    public RunTakenOverException(String jobId) {
        super(jobId, "this worker's run of job " + jobId + " was taken over");
    }
}
