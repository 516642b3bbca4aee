package io.reelforge.script.write;

import io.reelforge.common.job.JobOptions;

/**
 * Writes the narrated script of one video. The script it returns has passed {@link ScriptValidator}.
 * Implementations raise {@code PermanentJobFailure} for what another attempt cannot fix and
 * {@code TransientJobFailure} (or any other exception) for what it might.
 */
public interface ScriptWriter {

    WrittenScript write(ScriptSubject subject, JobOptions options);

    /** A short name for logs: which engine wrote a script. */
    String engine();
}
