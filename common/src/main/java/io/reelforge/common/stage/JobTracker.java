package io.reelforge.common.stage;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.job.JobUpdate;
import io.reelforge.common.message.JobEvent;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.Topics;
import io.reelforge.common.metrics.PipelineMetrics;
import io.reelforge.common.pipeline.StageDelivery;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every change to a job goes through here: saved in the store (compare-and-set), then announced on
 * {@link Topics#JOB_EVENTS}. Also sends stage messages, waiting for the broker's acknowledgement so a stage is
 * never marked done before its successor's message is durable.
 */
public class JobTracker {

    private static final Logger log = LoggerFactory.getLogger(JobTracker.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final JobStore store;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final PipelineMetrics metrics;

    public JobTracker(JobStore store, KafkaTemplate<String, Object> kafka, Clock clock, PipelineMetrics metrics) {
        this.store = store;
        this.kafka = kafka;
        this.clock = clock;
        this.metrics = metrics;
    }

    public Clock clock() {
        return clock;
    }

    public JobStore store() {
        return store;
    }

    public PipelineMetrics metrics() {
        return metrics;
    }

    public Job create(Job job) {
        store.create(job);
        metrics.jobAccepted(job);
        announce(job);
        return job;
    }

    /** Saves a change to a job and announces it, if it changed anything; counts the job if the change ended it. */
    public JobUpdate update(String jobId, UnaryOperator<Job> change) {
        // the store may apply the change more than once (compare-and-set); the last call is the one it saved
        AtomicReference<Job> before = new AtomicReference<>();
        JobUpdate update = store.update(jobId, current -> {
            before.set(current);
            return change.apply(current);
        });
        if (update.changed()) {
            if (update.job().status().isFinal() && !before.get().status().isFinal()) {
                metrics.jobFinished(update.job());
            }
            announce(update.job());
        }
        return update;
    }

    /** Sends a stage message and waits until the broker has it. */
    public void send(StageDelivery delivery) {
        JobMessage message = delivery.message();
        try {
            kafka.send(delivery.topic(), message.jobId(), message).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + delivery.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + delivery.topic(), e);
        }
    }

    private void announce(Job job) {
        // events are notifications: a lost one must not fail the job, the store is the truth
        kafka.send(Topics.JOB_EVENTS, job.id(), JobEvent.of(job)).whenComplete((result, error) -> {
            if (error != null) {
                log.warn("could not publish the event of job {}: {}", job.id(), error.toString());
            }
        });
    }
}
