package io.reelforge.media.worker;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Enforces the render's time limit where the render already reports progress: each report first checks the
 * clock. A render that passes the limit fails with {@code timeout} and is not retried, since another attempt
 * would hold the partition just as long.
 */
final class DeadlineContext implements StageContext {

    private final StageContext delegate;
    private final Clock clock;
    private final Duration limit;
    private final Instant deadline;

    DeadlineContext(StageContext delegate, Clock clock, Duration limit) {
        this.delegate = delegate;
        this.clock = clock;
        this.limit = limit;
        this.deadline = clock.instant().plus(limit);
    }

    @Override
    public String jobId() {
        return delegate.jobId();
    }

    @Override
    public void progress(double fraction) {
        if (clock.instant().isAfter(deadline)) {
            throw new PermanentJobFailure(ErrorCode.TIMEOUT, "Rendering took longer than its limit of " + limit
                    + " (reelforge.media.render-timeout) and was stopped.");
        }
        delegate.progress(fraction);
    }
}
