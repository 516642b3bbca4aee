package io.reelforge.common.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.testing.SharedKafka;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/** A worker's readiness follows its consumers' group membership, not merely its start. */
class KafkaConsumersReadinessTest {

    private final ConsumerAssignments assignments = new ConsumerAssignments();
    private final KafkaConsumersHealthIndicator readiness = new KafkaConsumersHealthIndicator(assignments);
    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

    @AfterEach
    void stopContainers() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
    }

    @Test
    void isNotReadyWhileAConsumerCannotJoinItsGroup() throws Exception {
        String unreachable;
        try (ServerSocket socket = new ServerSocket(0)) {
            unreachable = "127.0.0.1:" + socket.getLocalPort(); // closed at once: nothing answers there
        }
        start(unreachable, "nowhere", 1);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> readiness.health().getStatus().equals(Status.OUT_OF_SERVICE));
        assertThat(readiness.health().getDetails()).containsEntry("waitingForAssignment", List.of("nowhere"));
    }

    @Test
    void isReadyOnceEveryConsumerHasJoinedEvenThoseLeftWithoutAPartition() throws Exception {
        String topic = "readiness-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        // two consumers, one partition: one of them is assigned nothing, and still counts as joined
        start(SharedKafka.bootstrapServers(), topic, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> readiness.health().getStatus().equals(Status.UP));
        assertThat(assignments.waiting()).isEmpty();
        assertThat(readiness.health().getDetails()).containsEntry("listeners", 1L);
    }

    @Test
    void withNoListenersItIsReady() {
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(readiness.health().getDetails()).containsEntry("listeners", 0L);
    }

    private void start(String bootstrapServers, String topic, int concurrency) {
        var consumers = new DefaultKafkaConsumerFactory<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "readiness-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        var properties = new ContainerProperties(topic);
        properties.setMessageListener((MessageListener<String, String>) record -> { });
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(concurrency);
        container.setBeanName(topic);
        assignments.track(container);
        containers.add(container);
        container.start();
    }
}
