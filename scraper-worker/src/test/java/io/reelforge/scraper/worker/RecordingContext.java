package io.reelforge.scraper.worker;

import io.reelforge.common.stage.StageContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stage context that remembers the progress reported to it. */
final class RecordingContext implements StageContext {

    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @Override
    public String jobId() {
        return "job-1";
    }

    @Override
    public void progress(double fraction) {
        progress.add(fraction);
    }

    List<Double> progress() {
        return progress;
    }
}
