package io.reelforge.gateway.availability;

import io.reelforge.common.message.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Fetches the producer's metadata for every topic the gateway sends to once it has started, in the background.
 * A submit waits at most {@code max.block.ms} (half a second) for metadata, which is plenty for a running
 * producer but can be too little for the very first send of a new one; without this the first submits after a
 * start could be refused while Kafka is fine.
 */
@Component
class KafkaWarmUp {

    private static final Logger log = LoggerFactory.getLogger(KafkaWarmUp.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaTemplate<String, Object> kafka;
    private volatile boolean closing;
    private volatile boolean warm;

    KafkaWarmUp(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("kafka-warm-up").start(this::fetchMetadata);
    }

    /** Whether the producer has the metadata of every topic the gateway sends to. */
    boolean warm() {
        return warm;
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        closing = true; // a producer asked for metadata after its factory closed would be a new one, left open
    }

    private void fetchMetadata() {
        List<String> topics = new ArrayList<>(Topics.STAGE_TOPICS);
        topics.add(Topics.JOB_EVENTS);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String topic : topics) {
            while (!closing) {
                try {
                    kafka.partitionsFor(topic); // each try waits up to max.block.ms
                    break;
                } catch (KafkaException | TimeoutException e) {
                    if (System.nanoTime() - deadline >= 0) {
                        log.warn("no Kafka metadata for {} after {}: submits fetch it themselves", topic, PATIENCE);
                        return;
                    }
                } catch (RuntimeException e) {
                    log.debug("Kafka warm-up stopped: {}", e.toString()); // the producer is closing
                    return;
                }
            }
        }
        if (!closing) {
            warm = true;
            log.debug("Kafka metadata fetched for {}", topics);
        }
    }
}
