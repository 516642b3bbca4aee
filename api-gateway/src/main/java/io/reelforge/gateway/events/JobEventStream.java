package io.reelforge.gateway.events;

import io.reelforge.common.job.JobChange;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.message.JobEvent;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's stream of one job's changes. Changes reach it live from the feed, and from the store: the current
 * state when the stream opens, and, whenever a change arrives whose version is not the next one (the client
 * reconnected with an older {@code Last-Event-ID}, or a live event was lost or overtaken), the versions in between
 * from the store's change log. So the client sees every version in order, once. Sending happens on the stream's
 * own virtual thread, so a slow client never holds up the feed. An event is named {@code status} when the status
 * changed, {@code progress} otherwise; the stream ends after a final state. Between events, a comment line
 * ({@code : keep-alive}) every keep-alive interval keeps proxies from closing a quiet stream; clients ignore it.
 */
final class JobEventStream implements Consumer<JobEvent> {

    private static final Logger log = LoggerFactory.getLogger(JobEventStream.class);

    private final String jobId;
    private final SseEmitter emitter;
    private final JobEventHub hub;
    private final JobStore store;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final Optional<ScheduledFuture<?>> keepAlive;
    private long lastSent;
    private @Nullable JobStatus lastStatus;
    private boolean done;

    /** @param lastSeenVersion the version the client has already seen, or -1 to start at the current state */
    JobEventStream(String jobId, SseEmitter emitter, JobEventHub hub, JobStore store, long lastSeenVersion,
            StreamKeepAlive keepAlives) {
        this.jobId = jobId;
        this.emitter = emitter;
        this.hub = hub;
        this.store = store;
        this.lastSent = lastSeenVersion;
        this.keepAlive = keepAlives.every(this::offerKeepAlive);
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(e -> close());
    }

    @Override
    public void accept(JobEvent event) {
        offer(new JobChange(event.jobVersion(), event.status(), event.progress(), event.attempt(), event.errorCode(),
                event.at(), event.progressDetail(), event.waiting()));
    }

    /** Queues a change (the current state, or a live one) to be sent in order. */
    void offer(JobChange change) {
        try {
            sender.execute(() -> deliver(change));
        } catch (RejectedExecutionException e) {
            // the stream closed meanwhile
        }
    }

    private void offerKeepAlive() {
        try {
            sender.execute(this::sendKeepAlive);
        } catch (RejectedExecutionException e) {
            // the stream closed meanwhile
        }
    }

    private void sendKeepAlive() {
        if (done) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().comment(" keep-alive"));
        } catch (IOException | IllegalStateException e) {
            log.debug("event stream of job {} closed: {}", jobId, e.toString());
            done = true;
            emitter.completeWithError(e);
        }
    }

    private void deliver(JobChange change) {
        if (done || change.version() <= lastSent) {
            return;
        }
        if (lastSent >= 0 && change.version() > lastSent + 1) {
            List<JobChange> missed = store.changesSince(jobId, lastSent);
            for (JobChange earlier : missed) {
                if (earlier.version() < change.version()) {
                    send(earlier);
                }
            }
        }
        send(change);
    }

    private void send(JobChange change) {
        if (done || change.version() <= lastSent) {
            return;
        }
        try {
            JobEventView view = JobEventView.of(jobId, change);
            emitter.send(SseEmitter.event()
                    .id(String.valueOf(change.version()))
                    .name(view.status() == lastStatus ? "progress" : "status")
                    .data(view));
            lastSent = change.version();
            lastStatus = view.status();
            if (change.status().isFinal()) {
                done = true;
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("event stream of job {} closed: {}", jobId, e.toString());
            done = true;
            emitter.completeWithError(e);
        }
    }

    private void close() {
        keepAlive.ifPresent(tick -> tick.cancel(false));
        hub.unsubscribe(jobId, this);
        sender.shutdown();
    }
}
