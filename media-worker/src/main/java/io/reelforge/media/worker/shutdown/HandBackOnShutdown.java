package io.reelforge.media.worker.shutdown;

import io.reelforge.common.job.Job;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.stage.RunTakenOverException;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageHandBack;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A render that a stopping worker can give back: counted in {@link InFlightRenders} while it runs, refused at its
 * start once the worker drains (a message taken from Kafka just as the stop began), and stopped at its next progress
 * report once the grace is over. Either way the job goes to another media worker with its next attempt
 * ({@link StageHandBack}), and the run ends like one taken over ({@link RunTakenOverException}): the stage executor
 * neither finishes nor fails it, and the message is acknowledged, since the next attempt has its own.
 */
public final class HandBackOnShutdown implements StageProcessor<RenderRequest> {

    private static final Logger log = LoggerFactory.getLogger(HandBackOnShutdown.class);

    private final StageProcessor<RenderRequest> render;
    private final InFlightRenders renders;
    private final StageHandBack handBack;
    private final String workerId;

    /** @param workerId the worker that claims the runs, as the stage executor names it */
    public HandBackOnShutdown(StageProcessor<RenderRequest> render, InFlightRenders renders, StageHandBack handBack,
            String workerId) {
        this.render = render;
        this.renders = renders;
        this.handBack = handBack;
        this.workerId = workerId;
    }

    @Override
    public StageOutcome process(JobMessage message, RenderRequest request, StageContext context) throws Exception {
        if (!renders.enter()) {
            throw handBack(message, "before it started");
        }
        try {
            return render.process(message, request, new StoppableContext(context));
        } catch (StopRequested e) {
            throw handBack(message, "at " + Math.round(e.fraction * 100) + " %");
        } finally {
            renders.exit();
        }
    }

    private RunTakenOverException handBack(JobMessage message, String when) {
        try {
            Optional<Job> handed = handBack.handBack(message, workerId);
            if (handed.isPresent()) {
                log.info("job {}: render handed back {} as this worker stops; attempt {} waits for another media"
                        + " worker", message.jobId(), when, handed.get().attempt());
            } else {
                log.info("job {}: render stopped {} as this worker stops; the run was no longer this worker's to"
                        + " hand back", message.jobId(), when);
            }
        } catch (RuntimeException e) {
            log.warn("job {}: could not hand the render back ({}); its lease runs out and the watchdog drives it"
                    + " again", message.jobId(), e.toString());
        }
        return new RunTakenOverException(message.jobId());
    }

    /** Stops the render at a progress report once the worker hands its renders back. */
    private final class StoppableContext implements StageContext {
        private final StageContext delegate;

        StoppableContext(StageContext delegate) {
            this.delegate = delegate;
        }

        @Override
        public String jobId() {
            return delegate.jobId();
        }

        @Override
        public void progress(double fraction) {
            stopIfAsked(fraction);
            delegate.progress(fraction);
        }

        @Override
        public void progress(double fraction, String detail) {
            stopIfAsked(fraction);
            delegate.progress(fraction, detail);
        }

        private void stopIfAsked(double fraction) {
            if (renders.handingBack()) {
                throw new StopRequested(fraction);
            }
        }
    }

    /** Unwinds the render from its progress report; never leaves this class. */
    private static final class StopRequested extends RuntimeException {
        private final double fraction;

        StopRequested(double fraction) {
            super("the worker is stopping", null, false, false);
            this.fraction = fraction;
        }
    }
}
