package io.reelforge.script.write;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.script.VideoScript;

/**
 * Writes the narrated script of one video. Implementations raise {@code PermanentJobFailure} for what another
 * attempt cannot fix and {@code TransientJobFailure} (or any other exception) for what it might.
 */
public interface ScriptWriter {

    VideoScript write(ScriptSubject subject, JobOptions options);

    /** A short name for logs: which engine wrote a script. */
    String engine();
}
