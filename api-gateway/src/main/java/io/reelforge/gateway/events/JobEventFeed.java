package io.reelforge.gateway.events;

import io.reelforge.common.message.JobEvent;
import io.reelforge.common.message.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every job event into this instance's {@link JobEventHub}. Every gateway instance must see every event (a
 * client's stream may be held by any of them), so this consumer joins no group: it assigns itself all partitions
 * of {@link Topics#JOB_EVENTS} and starts at their end. Events from before it started are not needed: a stream
 * always begins with the job's current state read from the store.
 */
@Component
class JobEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobEventFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final JobEventHub hub;
    private volatile boolean running;
    private volatile Consumer<String, Object> consumer;
    private Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);

    JobEventFeed(ConsumerFactory<?, ?> consumers, JobEventHub hub) {
        this.consumers = consumers;
        this.hub = hub;
    }

    @Override
    public void start() {
        Properties overrides = new Properties();
        overrides.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        overrides.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        @SuppressWarnings("unchecked") // the shared configuration reads string keys and our records as values
        Consumer<String, Object> created = (Consumer<String, Object>) consumers.createConsumer(null,
                "api-gateway-events", null, overrides);
        consumer = created;
        running = true;
        thread = Thread.ofPlatform().name("job-event-feed").daemon().start(this::run);
    }

    private void run() {
        try (Consumer<String, Object> c = consumer) {
            List<TopicPartition> partitions = c.partitionsFor(Topics.JOB_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToEnd(partitions);
            partitions.forEach(c::position); // resolve the end offsets now, before any event is produced
            assigned.countDown();
            while (running) {
                for (ConsumerRecord<String, Object> record : c.poll(POLL)) {
                    if (record.value() instanceof JobEvent event) {
                        hub.publish(event);
                    }
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the job event feed stopped; live events are unavailable on this instance", e);
        }
    }

    /** Whether the feed reads the topic yet (tests wait for it; streams work without it, from the store). */
    boolean awaitAssigned(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
