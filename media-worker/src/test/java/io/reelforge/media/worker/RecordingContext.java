package io.reelforge.media.worker;

import io.reelforge.common.stage.JobCanceledException;
import io.reelforge.common.stage.StageContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stage context that records the progress a processor reports and, if asked, acts as if the job was canceled. */
final class RecordingContext implements StageContext {

    private final String jobId;
    private final double cancelAt;
    final List<Double> reported = new CopyOnWriteArrayList<>();

    private RecordingContext(String jobId, double cancelAt) {
        this.jobId = jobId;
        this.cancelAt = cancelAt;
    }

    static RecordingContext of(String jobId) {
        return new RecordingContext(jobId, Double.MAX_VALUE);
    }

    /** Throws {@link JobCanceledException} once progress reaches {@code fraction}, as a cancel seen in the store. */
    static RecordingContext canceledAt(String jobId, double fraction) {
        return new RecordingContext(jobId, fraction);
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public void progress(double fraction) {
        reported.add(fraction);
        if (fraction >= cancelAt) {
            throw new JobCanceledException(jobId);
        }
    }
}
