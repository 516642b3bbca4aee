package io.reelforge.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelforge.common.testing.SharedKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer lag gauge: what a group has not yet committed of a topic, as the broker reports it. */
class ConsumerLagGaugesTest {

    private final String topic = "lag-" + UUID.randomUUID();
    private final String group = "group-" + UUID.randomUUID();
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private Admin admin;
    private ConsumerLagGauges gauges;

    @BeforeEach
    void createTopicWithFiveMessages() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()));
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "job-" + i, "message " + i)).get();
            }
        }
        gauges = new ConsumerLagGauges(Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafka.bootstrapServers())), registry, Duration.ofMinutes(1));
    }

    @AfterEach
    void close() {
        gauges.stop();
        admin.close();
    }

    @Test
    void isWhatTheGroupHasNotCommittedYet() throws Exception {
        commit(2);

        gauges.runOnce();

        assertThat(lag()).isEqualTo(3);
    }

    @Test
    void dropsToZeroOnceTheGroupHasCaughtUp() throws Exception {
        commit(2);
        gauges.runOnce();

        commit(5);
        gauges.runOnce();

        assertThat(lag()).isZero();
    }

    private void commit(long offset) throws Exception {
        admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)))
                .all().get();
    }

    private double lag() {
        return registry.get(ConsumerLagGauges.LAG).tags("topic", topic, "group", group).gauge().value();
    }
}
