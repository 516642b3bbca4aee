package io.reelforge.common.stage;

import io.reelforge.common.job.ErrorCode;

/**
 * A stage message in an envelope version this worker cannot read (a newer producer during an upgrade, or a
 * corrupted record). Not retried: it goes to the dead-letter topic with this reason, where an upgraded worker or an
 * operator can replay it.
 */
public class UnsupportedMessageException extends PermanentJobFailure {

    public UnsupportedMessageException(String jobId, int version, int supported) {
        super(ErrorCode.INTERNAL_ERROR, "The stage message of job " + jobId + " has envelope version " + version
                + "; this worker reads versions up to " + supported + ". Upgrade the worker or replay the message"
                + " from the dead-letter topic.");
    }
}
