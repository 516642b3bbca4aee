package io.reelforge.media.worker.shutdown;

import io.reelforge.media.MediaProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What a media worker does when told to stop (SIGTERM, or its application context closing): its consumers stop taking
 * messages at once, a render in progress gets the grace ({@code reelforge.media.shutdown-grace}) to finish and hand
 * its job on as usual, and one still running then is handed back to another media worker ({@link HandBackOnShutdown}).
 * Last, the worker's static members leave their groups, so that job's partition moves at once.
 *
 * <p>It stops in the phase before the listener containers', and its {@code stop} blocks until this is done (at most
 * the grace plus {@link MediaProperties#SHUTDOWN_ALLOWANCE}), so the Kafka template and the job store it needs to hand a job back are still
 * there, and {@code spring.lifecycle.timeout-per-shutdown-phase} (which bounds only asynchronous stops) does not cut
 * it short.
 */
public final class GracefulShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
    private static final Duration ALLOWANCE = MediaProperties.SHUTDOWN_ALLOWANCE;

    private final InFlightRenders renders;
    private final KafkaListenerEndpointRegistry listeners;
    private final StaticMemberExit members;
    private final Duration grace;
    private volatile boolean running;

    GracefulShutdown(InFlightRenders renders, KafkaListenerEndpointRegistry listeners, StaticMemberExit members,
            Duration grace) {
        this.renders = renders;
        this.listeners = listeners;
        this.members = members;
        this.grace = grace;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE + 1;
    }

    @Override
    public void stop() {
        running = false;
        renders.drain();
        // the groups this worker is a member of: a container never started (the dead-letter one) joined none
        Collection<String> groups = listeners.getListenerContainers().stream().filter(MessageListenerContainer::isRunning)
                .map(MessageListenerContainer::getGroupId).filter(Objects::nonNull).distinct().toList();
        CountDownLatch consumersStopped = new CountDownLatch(1);
        // each consumer stops after the message it works on: at once when idle, after its render otherwise
        listeners.stop(consumersStopped::countDown);
        try {
            int inProgress = renders.running();
            if (inProgress > 0) {
                log.info("stopping: {} render(s) in progress may take {} (reelforge.media.shutdown-grace) to finish",
                        inProgress, grace);
            }
            if (!renders.awaitNone(grace)) {
                log.info("stopping: handing {} render(s) back after the grace of {}", renders.running(), grace);
                renders.handBackAll();
            }
            long deadline = System.nanoTime() + ALLOWANCE.toNanos();
            if (!renders.awaitNone(Duration.ofNanos(deadline - System.nanoTime()))) {
                log.warn("stopping: {} render(s) did not stop within {} of being asked; their leases run out and the"
                        + " watchdog drives them again", renders.running(), ALLOWANCE);
            } else if (!consumersStopped.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                log.warn("stopping: the Kafka consumers did not stop within {}", ALLOWANCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        members.leave(groups);
    }
}
