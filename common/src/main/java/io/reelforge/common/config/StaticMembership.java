package io.reelforge.common.config;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Static group membership for a process with several listeners in one consumer group (each stage's interactive and
 * bulk lanes): Kafka allows one member per {@code group.instance.id} in a group, so each listener container gets
 * the process's id followed by its first topic's name (spring-kafka then appends {@code -n} per consumer thread).
 * The names are the same every time the process starts under the same id, which is what lets a restarted worker
 * take its partitions back at once instead of waiting out a rebalance.
 */
final class StaticMembership implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final @Nullable String processInstanceId;

    /** @param processInstanceId the process's {@code group.instance.id}, or null when it uses dynamic membership */
    StaticMembership(@Nullable String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return;
        }
        String[] topics = container.getContainerProperties().getTopics();
        String listener = topics != null && topics.length > 0 ? topics[0] : container.getListenerId();
        Properties overrides = container.getContainerProperties().getKafkaConsumerProperties();
        overrides.setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, processInstanceId + "-" + listener);
        container.getContainerProperties().setKafkaConsumerProperties(overrides);
    }
}
